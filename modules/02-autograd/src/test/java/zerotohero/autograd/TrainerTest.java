package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.optim.SGD;

@Exercise("02.5")
@DisplayName("02.5 the training loop: forward, loss, zero grads, backward, step")
class TrainerTest {

    private static final Tensor X = Tensor.of(new double[][] {{1, 2, 0}, {0, -1, 1}, {2, 0.5, -1}, {-1, 1, 1}});
    private static final Tensor Y = Tensor.of(new double[][] {{1, 0}, {0, 1}, {2, -1}, {-1, 0.5}});

    private static Linear model(long seed) {
        Tensor.manualSeed(seed);
        return new Linear(3, 2);
    }

    @Test
    @DisplayName("three steps with SGD give exactly the parameters and losses of the recipe, step by step")
    void matchesTheRecipe() {
        Linear trained = model(7);
        Linear byHand = model(7);
        Trainer trainer = new Trainer(trained, new SGD(trained.parameters(), 0.1), Trainer.MSE);
        SGD sgd = new SGD(byHand.parameters(), 0.1);

        for (int k = 0; k < 3; k++) {
            double got = trainer.step(X, Y);

            Tensor loss = byHand.forward(X).mse(Y);
            sgd.zeroGrad();
            loss.backward();
            sgd.step();

            Expect.close("loss returned by step " + k, got, loss.item(), 1e-6,
                    "return the loss of this step's forward pass, computed before the update.");
            List<Tensor> ps = byHand.parameters();
            List<Tensor> qs = trained.parameters();
            for (int i = 0; i < ps.size(); i++) {
                INDArray expected = ps.get(i).data();
                INDArray actual = qs.get(i).data();
                double diff = expected.sub(actual).amaxNumber().doubleValue();
                Expect.close("largest difference in parameter " + i + " after step " + k, diff, 0, 1e-6,
                        k == 0 ? "after one step: did you call backward() and optimizer.step(), and zero the "
                                + "gradients before backward() rather than between backward() and step()?"
                                : "the first step was right but a later one was not: zero the gradients every step, "
                                + "otherwise each backward() adds to the previous gradients.");
            }
        }
    }

    @Test
    @DisplayName("fit: one loss per step, and on a least-squares problem the loss keeps falling")
    void fitLowersTheLoss() {
        Linear m = model(11);
        Trainer trainer = new Trainer(m, new SGD(m.parameters(), 0.05), Trainer.MSE);
        List<Double> losses = trainer.fit(X, Y, 50);
        assertThat(losses).as("losses of 50 steps").hasSize(50);
        for (int k = 1; k < losses.size(); k++) {
            Expect.that(losses.get(k) < losses.get(k - 1), "the loss rose at step " + k + " from " + losses.get(k - 1)
                    + " to " + losses.get(k) + ": gradients left over from earlier steps push in stale directions.");
        }
    }
}
