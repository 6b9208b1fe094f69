package zerotohero.gpt;

import java.util.ArrayList;
import java.util.List;
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

    /** A small model and settings with a learning rate of 0: the weights stay put, so every loss can be recomputed. */
    private static GPT still(long seed) {
        Tensor.manualSeed(seed);
        return new GPT(new Config(65, 8, 16, 2, 1, 0.0));
    }

    private static double gradientNorm(GPT m) {
        double norm = 0;
        for (Tensor p : m.parameters()) {
            double n = p.grad().norm2Number().doubleValue();
            norm += n * n;
        }
        return Math.sqrt(norm);
    }

    @Test
    @Timeout(10)
    @DisplayName("each step starts from zero gradients, and a clip of 0 means no clipping")
    void freshGradients() {
        GPT m = still(57);
        Training t = new Training(m, new Training.Settings(10, 4, 0.0, 0.0, 0, 0.99, 0.0, 0.0, 10, 2, 1));
        Data.Batch b = Fixtures.data().batch(Data.Split.TRAIN, 4, 8, new Random(57));
        t.step(b, 0);
        double first = gradientNorm(m);
        Expect.that(first > 1e-3, "with clip 0 the gradients must be left as they are, but their norm after the step is "
                + first + ": clip only when settings.clip() > 0 (clipping to a norm of 0 erases every gradient)");
        t.step(b, 1);
        Expect.close("gradient norm after a second step on the same batch at lr 0", gradientNorm(m), first, 1e-4 * first,
                "the gradients must be this step's alone, the same as the first step's here: call model.zeroGrad() "
                        + "before loss.backward(), or they add up (twice the first)");
    }

    @Test
    @Timeout(10)
    @DisplayName("weight decay shrinks the matrices: the embedding of a token the batch lacks loses lr·weight_decay")
    void weightDecay() {
        GPT m = still(59);
        Training t = new Training(m, new Training.Settings(10, 4, 0.1, 0.1, 0, 0.99, 0.5, 0.0, 10, 2, 1));
        Data.Batch b = Fixtures.data().batch(Data.Split.TRAIN, 4, 8, new Random(59));
        boolean[] used = new boolean[65];
        for (int[] row : b.x()) {
            for (int id : row) {
                used[id] = true;
            }
        }
        int unused = 0;
        while (used[unused]) {
            unused++;
        }
        double[] before = m.tokenEmbeddingTable.weight.data().getRow(unused).dup().toDoubleVector();
        t.step(b, 0);
        double[] after = m.tokenEmbeddingTable.weight.data().getRow(unused).dup().toDoubleVector();
        for (int c = 0; c < before.length; c++) {
            Expect.close("embedding of token " + unused + " (not in the batch), feature " + c, after[c],
                    before[c] * (1 - 0.1 * 0.5), 1e-6, "a row without gradient only decays, by 1 − lr·weight_decay = 0.95: "
                            + "step every optimiser, the matrices' group (weight decay) as well as the rest");
        }
    }

    @Test
    @Timeout(20)
    @DisplayName("a run estimates at step 0, every evalInterval steps and after the last step, with more batches at the end")
    void run() {
        GPT m = still(67);
        Training.Settings s = new Training.Settings(3, 2, 0.0, 0.0, 0, 0.99, 0.0, 0.0, 2, 1, 5);
        List<String> calls = new ArrayList<>();
        Training.History h = new Training(m, s).run(Fixtures.data(), 3, new Training.Listener() {
            @Override
            public void onStep(int step, double loss) {
                calls.add("step " + step);
            }

            @Override
            public void onEstimate(int step, Training.Losses losses) {
                calls.add("estimate " + step);
            }
        });
        Expect.equal("what the listener was told", calls.toString(),
                "[estimate 0, step 0, step 1, estimate 2, step 2, estimate 3]", "");
        Expect.equal("evalSteps", h.evalSteps().toString(), "[0, 2, 3]", "");
        Random eval = new Random(6);                  // the estimates draw from seed + 1, one after another
        for (int i = 0; i < 3; i++) {
            Training.Losses want = Training.estimate(m, Fixtures.data(), 2, 8, i == 2 ? 3 : 1, eval);
            Expect.close("train estimate " + i, h.estimates().get(i).train(), want.train(), 1e-6,
                    "estimate draws `iters` batches of each split from the generator it is given, and nothing else");
            Expect.close("val estimate " + i, h.estimates().get(i).val(), want.val(), 1e-6, "");
        }
        Random batches = new Random(5);
        for (int i = 0; i < 3; i++) {
            Data.Batch b = Fixtures.data().batch(Data.Split.TRAIN, 2, 8, batches);
            double loss = LanguageModel.loss(m.forward(LanguageModel.ids(b.x())), b).item();
            Expect.close("loss of step " + i, h.batchLosses()[i], loss, 1e-5, "step returns the batch's loss");
        }
    }
}
