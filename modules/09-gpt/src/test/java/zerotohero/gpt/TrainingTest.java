package zerotohero.gpt;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("09.8")
@DisplayName("09.8 Training: AdamW steps on a schedule, and loss estimates")
class TrainingTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    private static Training.Settings settings(int steps) {
        return new Training.Settings(steps, 4, 1e-2, 1e-3, 3, 0.99, 0.1, 1.0, 10, 2, 1);
    }

    @Test
    @Timeout(10)
    @DisplayName("steps on one batch drive its loss down, at the scheduled learning rate")
    void stepsLearn() {
        Tensor.manualSeed(51);
        GPT m = new GPT(new Config(65, 8, 16, 2, 1, 0.0));
        Training t = new Training(m, settings(25));
        Data.Batch b = Fixtures.data().batch(Data.Split.TRAIN, 4, 8, new Random(51));
        double first = t.step(b, 0);
        Expect.close("learning rate at step 0", t.optimizers.get(0).lr, t.schedule.at(0), 1e-12,
                "set each optimiser's lr from the schedule before its step (warm-up starts small)");
        double last = first;
        for (int i = 1; i < 25; i++) {
            last = t.step(b, i);
        }
        Expect.close("learning rate at step 24", t.optimizers.get(1).lr, t.schedule.at(24), 1e-12,
                "every optimiser (both parameter groups) takes the scheduled rate");
        Expect.close("first loss", first, Math.log(65), 0.15, "return the loss before the update");
        Expect.that(last < first - 1.0, "25 AdamW steps on the same batch should lower its loss by more than 1 (from "
                + first + " to " + last + "): zero the gradients, backward, step, every time");
    }

    @Test
    @Timeout(10)
    @DisplayName("estimate averages batches of both splits in eval mode and returns to training mode")
    void estimate() {
        Tensor.manualSeed(53);
        GPT m = new GPT(new Config(65, 8, 8, 2, 1, 0.5));
        Training.Losses a = Training.estimate(m, Fixtures.data(), 2, 8, 2, new Random(7));
        Training.Losses b = Training.estimate(m, Fixtures.data(), 2, 8, 2, new Random(7));
        Expect.that(a.equals(b), "the same seed gives the same estimate, and dropout (0.5 here) must be off: "
                + "model.eval() first");
        Expect.that(m.isTraining(), "put the model back in training mode after estimating (model.train())");
        Random r = new Random(7);
        double sum = 0;
        m.eval();
        for (int i = 0; i < 2; i++) {
            Data.Batch batch = Fixtures.data().batch(Data.Split.TRAIN, 2, 8, r);
            sum += LanguageModel.loss(m.forward(LanguageModel.ids(batch.x())), batch).item();
        }
        double val = 0;
        for (int i = 0; i < 2; i++) {
            Data.Batch batch = Fixtures.data().batch(Data.Split.VAL, 2, 8, r);
            val += LanguageModel.loss(m.forward(LanguageModel.ids(batch.x())), batch).item();
        }
        m.train();
        Expect.close("train estimate", a.train(), sum / 2, 1e-6,
                "the mean loss of `iters` TRAIN batches, drawn from `random` one after another");
        Expect.close("val estimate", a.val(), val / 2, 1e-6, "then `iters` VAL batches from the same generator");
    }

    @Test
    @Timeout(10)
    @DisplayName("gradients are clipped to a global norm of at most `clip`")
    void clipping() {
        Tensor.manualSeed(55);
        GPT m = new GPT(Fixtures.tiny());
        Training t = new Training(m, new Training.Settings(10, 4, 1e-3, 1e-3, 0, 0.99, 0.0, 0.01, 10, 2, 1));
        t.step(Fixtures.data().batch(Data.Split.TRAIN, 4, 8, new Random(55)), 0);
        double norm = 0;
        for (Tensor p : m.parameters()) {
            double n = p.grad().norm2Number().doubleValue();
            norm += n * n;
        }
        Expect.close("global gradient norm after the step", Math.sqrt(norm), 0.01, 1e-4,
                "clip with GradClip.clipGlobalNorm(parameters, settings.clip()) after backward and before the step");
    }
}
