package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.6")
@DisplayName("03.6 training on two moons")
class TrainingTest {

    /** Three points and a one-neuron linear model whose weights we choose. */
    private static MLP linearModel(double w1, double w2, double b) {
        MLP model = new MLP(2, List.of(1), new Random(0));
        List<Value> ps = model.parameters();
        ps.get(0).setData(w1);
        ps.get(1).setData(w2);
        ps.get(2).setData(b);
        return model;
    }

    private static final Moons THREE = new Moons(new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new int[] {1, -1, 1});

    @Test
    @DisplayName("svmLoss: mean hinge loss plus alpha·Σp², and the accuracy, on three points")
    void svmLossByHand() {
        MLP model = linearModel(2, 0.5, -0.25);
        // scores: 1.75, 0.25, -2.75; margins 1 - y·score: -0.75, 1.25, 3.75 → relu: 0, 1.25, 3.75
        double hinge = (0 + 1.25 + 3.75) / 3;
        double l2 = 2 * 2 + 0.5 * 0.5 + 0.25 * 0.25;

        Training.Score score = Training.svmLoss(model, THREE, 0.1);

        Expect.close("loss", score.loss().data(), hinge + 0.1 * l2, 1e-12,
                "loss = mean over points of relu(1 − y·score) + alpha·Σ p² over all parameters.");
        Expect.close("accuracy", score.accuracy(), 1.0 / 3, 1e-12,
                "a point is right when its score has the sign of its label (score > 0 means +1).");
    }

    @Test
    @DisplayName("svmLoss is differentiable: backward() gives the gradient of the formula")
    void svmLossGradient() {
        MLP model = linearModel(2, 0.5, -0.25);
        Training.Score score = Training.svmLoss(model, THREE, 0.1);
        model.zeroGrad();
        score.loss().backward();
        List<Value> ps = model.parameters();
        // only points 2 and 3 are inside the margin: d/dw of relu(1 - y·(w·x + b)) = -y·x there
        double dw1 = (-(-1) * 0 + -(1) * -1) / 3.0 + 0.2 * 2;
        double dw2 = (-(-1) * 1 + -(1) * -1) / 3.0 + 0.2 * 0.5;
        double db = (-(-1) + -(1)) / 3.0 + 0.2 * -0.25;
        Expect.close("dloss/dw1", ps.get(0).grad(), dw1, 1e-12, "the loss must be built from Values, not doubles.");
        Expect.close("dloss/dw2", ps.get(1).grad(), dw2, 1e-12, "");
        Expect.close("dloss/db", ps.get(2).grad(), db, 1e-12, "");
    }

    @Test
    @DisplayName("train: each step zeroes grads, backpropagates, and steps down with lr = 1 − 0.9·k/steps")
    void trainMatchesTheRecipe() {
        Moons data = Moons.generate(20, 0.1, 5);
        MLP trained = new MLP(2, List.of(4, 1), new Random(9));
        MLP byHand = new MLP(2, List.of(4, 1), new Random(9));
        List<Value> ps = byHand.parameters();

        List<Training.Step> history = Training.train(trained, data, 3);

        for (int k = 0; k < 3; k++) {
            Training.Score s = Training.svmLoss(byHand, data, Training.ALPHA);
            byHand.zeroGrad();
            s.loss().backward();
            double lr = 1.0 - 0.9 * k / 3;
            for (Value p : ps) {
                p.setData(p.data() - lr * p.grad());
            }
            Training.Step step = history.get(k);
            assertThat(step.k()).as("k of step %d", k).isEqualTo(k);
            Expect.close("loss recorded at step " + k, step.loss(), s.loss().data(), 1e-12,
                    k == 0 ? "record the loss computed at the start of the step, before the update."
                            : "step 0 was right but an update went wrong: call zeroGrad() before backward() every "
                            + "step (or the gradients of earlier steps pile up), and move p ← p − lr·grad.");
        }
        List<Value> got = trained.parameters();
        for (int i = 0; i < ps.size(); i++) {
            Expect.close("parameter " + i + " after 3 steps", got.get(i).data(), ps.get(i).data(), 1e-12,
                    "compare with the recipe: zeroGrad() before backward() (or grads pile up), p ← p − lr·grad "
                            + "(minus: down the gradient), lr = 1.0 − 0.9·k/steps.");
        }
        assertThat(history).as("history of 3 steps").hasSize(3);
    }

    @Test
    @Timeout(60)
    @DisplayName("the demo: MLP(2, [16, 16, 1]) reaches 100% accuracy on 100 moons points in 100 steps")
    void moons() {
        Moons data = Moons.generate(100, 0.1, MoonsDemo.DATA_SEED);
        MLP model = new MLP(2, List.of(16, 16, 1), new Random(MoonsDemo.MODEL_SEED));

        List<Training.Step> history = Training.train(model, data, 100);
        Training.Score after = Training.svmLoss(model, data, Training.ALPHA);

        assertThat(history).hasSize(100);
        Expect.that(history.get(99).loss() < history.get(0).loss(),
                "the loss went up from " + history.get(0).loss() + " to " + history.get(99).loss()
                        + ": is the update p − lr·grad (down the gradient)?");
        String causes = " The reference reaches 100% with a loss of 0.0129. Usual causes: the learning rate never"
                + " decays (0.9 * (k / steps) is integer division), zeroGrad() is missing, the last layer has relu"
                + " (its score can then never be negative), or a backward step assigns instead of adding (+=).";
        Expect.close("accuracy after 100 steps", after.accuracy(), 1.0, 0, causes.strip());
        Expect.that(after.loss().data() < 0.05, "loss after 100 steps: expected below 0.05, got "
                + after.loss().data() + "." + causes);
    }
}
