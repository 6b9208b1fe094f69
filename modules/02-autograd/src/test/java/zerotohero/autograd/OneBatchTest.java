package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Moons;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;
import zerotohero.kit.nn.ReLU;
import zerotohero.kit.nn.Sequential;
import zerotohero.kit.nn.Tanh;
import zerotohero.kit.optim.Adam;

@Exercise("02.8")
@Timeout(30)
@DisplayName("02.8 overfit one batch: a sound model memorises eight points, a miswired one cannot")
class OneBatchTest {

    private static final Trainer.Loss SIGMOID_BCE = (logits, target) -> logits.sigmoid().binaryCrossEntropy(target);
    private static final double TARGET = 0.01;

    private static Module classifier() {
        Tensor.manualSeed(7);
        return new Sequential(new Linear(2, 16), new Tanh(), new Linear(16, 16), new Tanh(), new Linear(16, 1));
    }

    private static Tensor points(Moons m) {
        return Tensor.of(m.points());
    }

    private static Tensor labels(Moons m) {
        double[][] y = new double[m.size()][1];
        for (int i = 0; i < y.length; i++) {
            y[i][0] = m.labels()[i];
        }
        return Tensor.of(y);
    }

    @Test
    @DisplayName("a sound classifier gets below 0.01 on eight moons points, and the run stops at that step")
    void memorisesEightPoints() {
        Moons batch = Moons.make(8, 0.1, 3);
        Module model = classifier();
        Trainer trainer = new Trainer(model, new Adam(model.parameters(), 0.03), SIGMOID_BCE);

        OneBatch.Verdict verdict = OneBatch.overfit(trainer, points(batch), labels(batch), 500, TARGET);

        // The same run by hand: forward, loss, zero, backward, step, until a loss is below the target.
        Module same = classifier();
        Adam adam = new Adam(same.parameters(), 0.03);
        List<Double> expected = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            Tensor loss = SIGMOID_BCE.of(same.forward(points(batch)), labels(batch));
            adam.zeroGrad();
            loss.backward();
            adam.step();
            expected.add(loss.item());
            if (loss.item() < TARGET) {
                break;
            }
        }

        Expect.equal("memorised", verdict.memorised(), true,
                "the reference gets below " + TARGET + " after " + expected.size() + " steps: is memorised whether"
                        + " the last loss is below the target?");
        Expect.equal("number of steps taken", verdict.losses().size(), expected.size(),
                "the run ends at the first loss below the target, and that loss is the last one recorded: no step"
                        + " after it, and none skipped (one Trainer.step per loss)");
        for (int k = 0; k < expected.size(); k++) {
            Expect.close("loss of step " + k, verdict.losses().get(k), expected.get(k), 1e-9,
                    "each entry is what Trainer.step returned: the loss before that step's update");
        }
        Expect.close("last()", verdict.last(), expected.get(expected.size() - 1), 1e-12, "");
    }

    @Test
    @DisplayName("a ReLU after the last layer cannot fit targets of −1: all 60 steps are taken and memorised is false")
    void aMiswiredModelCannot() {
        Moons batch = Moons.make(8, 0.1, 3);
        Tensor.manualSeed(7);
        // The classic wiring mistake: an activation after the output layer. ReLU's output is never negative,
        // so a regression to −1 can get no closer than a squared error of 1.
        Module model = new Sequential(new Linear(2, 16), new Tanh(), new Linear(16, 1), new ReLU());
        Trainer trainer = new Trainer(model, new Adam(model.parameters(), 0.03), Trainer.MSE);
        double[][] minusOne = new double[8][1];
        for (double[] row : minusOne) {
            row[0] = -1;
        }

        OneBatch.Verdict verdict = OneBatch.overfit(trainer, points(batch), Tensor.of(minusOne), 60, TARGET);

        Expect.equal("memorised", verdict.memorised(), false,
                "the loss never gets below " + TARGET + " (it is at least 1 here): memorised must say so");
        Expect.equal("number of steps taken", verdict.losses().size(), 60,
                "when the target is never reached, every one of the maxSteps steps is taken and recorded");
        Expect.that(verdict.last() >= 0.99, "the last loss is " + verdict.last() + ", but no ReLU output can"
                + " get closer to −1 than 0, a squared error of 1: is each loss the one Trainer.step returned?");
    }

    @Test
    @DisplayName("maxSteps = 1 takes one step, and a loss equal to the target is not below it")
    void boundaries() {
        Tensor.manualSeed(7);
        Module model = new Linear(2, 1);
        // A loss that is 0.25 exactly at every step, whatever the model says (its gradient is zero).
        Trainer.Loss constant = (prediction, target) -> prediction.mul(0).sum().add(0.25);
        Trainer trainer = new Trainer(model, new Adam(model.parameters(), 0.03), constant);
        Moons batch = Moons.make(8, 0.1, 3);

        OneBatch.Verdict one = OneBatch.overfit(trainer, points(batch), labels(batch), 1, TARGET);
        Expect.equal("losses recorded with maxSteps = 1", one.losses().size(), 1,
                "maxSteps = 1 is allowed (only below 1 is refused): one step, one loss.");

        OneBatch.Verdict tie = OneBatch.overfit(trainer, points(batch), labels(batch), 4, 0.25);
        Expect.equal("memorised, when every loss is exactly the target 0.25", tie.memorised(), false,
                "the run stops at a loss below the target (loss < target); 0.25 is not below 0.25.");
        Expect.equal("losses recorded when every loss equals the target", tie.losses().size(), 4,
                "no loss gets below the target, so all maxSteps = 4 steps are taken.");
    }

    @Test
    @DisplayName("refuses maxSteps below 1, and x and y with different numbers of rows, naming both")
    void refusesBadArguments() {
        Module model = classifier();
        Trainer trainer = new Trainer(model, new Adam(model.parameters(), 0.03), SIGMOID_BCE);
        Moons batch = Moons.make(8, 0.1, 3);
        Moons other = Moons.make(5, 0.1, 3);

        assertThatThrownBy(() -> OneBatch.overfit(trainer, points(batch), labels(batch), 0, TARGET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> OneBatch.overfit(trainer, points(batch), labels(other), 10, TARGET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8").hasMessageContaining("5");
        assertThat(model.parameters()).as("parameters").isNotEmpty();
    }
}
