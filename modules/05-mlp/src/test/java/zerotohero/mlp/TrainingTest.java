package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.run.TrainingSettings;

@Exercise("05.4")
@DisplayName("05.4 the training loop: minibatches and a decay step")
class TrainingTest {

    private static final MLP.Config SMALL = new MLP.Config(27, 3, 4, 16);

    @Test
    @Timeout(60)
    @DisplayName("learningRate: 0.1 before the decay step, 0.01 from it on")
    void schedule() {
        TrainingSettings s = TrainingSettings.lecture();
        Expect.close("lr at step 0", Training.learningRate(s, 0), 0.1, 0, "");
        Expect.close("lr at step 99,999", Training.learningRate(s, 99_999), 0.1, 0, "the last step before the decay.");
        Expect.close("lr at step 100,000", Training.learningRate(s, 100_000), 0.01, 0,
                "the decay step itself already uses the smaller rate (the lecture: `0.1 if i < 100000 else 0.01`).");
        Expect.close("lr at step 199,999", Training.learningRate(s, 199_999), 0.01, 0, "");
        TrainingSettings shorter = s.withSteps(1000);
        Expect.equal("decay step of lecture().withSteps(1000)", shorter.decayStep(), 500,
                "withSteps keeps the schedule's shape: the decay comes half-way.");
        Expect.close("lr at step 499 of 1000", Training.learningRate(shorter, 499), 0.1, 0, "");
        Expect.close("lr at step 500 of 1000", Training.learningRate(shorter, 500), 0.01, 0, "");
    }

    @Test
    @Timeout(60)
    @DisplayName("train follows the recipe step by step (same minibatches, same updates)")
    void matchesByHand() {
        Examples data = Examples.of(Fixtures.names().subList(0, 300), Fixtures.vocab(), 3);
        TrainingSettings settings = new TrainingSettings(6, 8, 0.5, 0.05, 3);
        MLP trained = Fixtures.seeded(SMALL, 11);
        MLP byHand = Fixtures.seeded(SMALL, 11);
        List<Integer> told = new ArrayList<>();

        double[] losses = Training.train(trained, data, settings, new PythonRandom(5), (step, loss) -> told.add(step));

        PythonRandom random = new PythonRandom(5);
        for (int step = 0; step < 6; step++) {
            int[] ix = Batches.indices(data.size(), 8, random);
            Tensor loss = byHand.forward(Batches.rows(data.x(), ix)).crossEntropy(Batches.rows(data.y(), ix));
            byHand.parameters().forEach(Tensor::zeroGrad);
            loss.backward();
            double lr = step < 3 ? 0.5 : 0.05;
            for (Tensor p : byHand.parameters()) {
                p.data().subi(p.grad().mul(lr));
            }
            Expect.close("loss of step " + step, losses[step], loss.item(), 1e-5, step == 0
                    ? "draw the minibatch with Batches.indices(data.size(), batchSize, random) at the start of each step, "
                            + "and report the loss before the update."
                    : "the earlier steps matched, so an update went wrong: zero the gradients every step (they "
                            + "accumulate otherwise), use −learningRate(step)·grad, and draw each step's own minibatch.");
        }
        double[] a = Fixtures.flat(trained);
        double[] b = Fixtures.flat(byHand);
        for (int i = 0; i < a.length; i++) {
            Expect.close("parameter number " + i + " after 6 steps", a[i], b[i], 1e-5,
                    "zero the gradients every step (they accumulate otherwise) and use −learningRate(step)·grad.");
        }
        assertThat(told).as("the listener hears every step, in order").containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    @Timeout(30)
    @DisplayName("120 steps bring the loss well below its starting value; a null listener is fine")
    void learns() {
        Examples data = Examples.of(Fixtures.names().subList(0, 2000), Fixtures.vocab(), 3);
        MLP model = Fixtures.seeded(SMALL, 4);
        double[] losses = Training.train(model, data, new TrainingSettings(120, 32, 0.2, 0.2, 120),
                new PythonRandom(1), null);
        double first = (losses[0] + losses[1] + losses[2]) / 3;
        double last = 0;
        for (int i = 100; i < 120; i++) {
            last += losses[i] / 20;
        }
        assertThat(last).as("mean loss of the last 20 steps vs the first 3 (%.3f)", first).isLessThan(first - 1.0);
    }
}
