package zerotohero.gpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.optim.AdamW;
import zerotohero.kit.optim.GradClip;
import zerotohero.kit.optim.Schedule;

/**
 * Training a language model on random batches with AdamW, nanoGPT's way: the learning rate from a
 * schedule (warm-up then cosine decay, or constant), weight decay on the matrices only (not on biases and
 * layer-norm parameters, which are few and should not be pulled to zero), and the gradients' joint norm
 * clipped. Every {@code evalInterval} steps the loss is estimated on both splits.
 */
public final class Training {

    /** One run's settings; the seed fixes the batches (the model's initial weights are seeded separately). */
    public record Settings(int steps, int batchSize, double lr, double minLr, int warmup, double beta2,
            double weightDecay, double clip, int evalInterval, int evalIters, long seed) {

        /** The ladder's settings: constant lr, AdamW with PyTorch's defaults (weight decay 0.01), no clipping. */
        public static Settings ladder(int steps, double lr) {
            return new Settings(steps, 32, lr, lr, 0, 0.999, 0.01, 0, 500, 200, 1337);
        }

        /**
         * nanoGPT's CPU recipe: batch 12, lr 1e-3 warmed up over 100 steps and decayed by a cosine to 1e-4 at
         * the last step, beta2 0.99, weight decay 0.1, clipping at 1.0.
         */
        public static Settings baby(int steps) {
            return new Settings(steps, 12, 1e-3, 1e-4, 100, 0.99, 0.1, 1.0, 250, 20, 1337);
        }

        public Schedule schedule() {
            return warmup == 0 && lr == minLr ? new Schedule.Constant(lr)
                    : new Schedule.WarmupCosine(lr, minLr, warmup, steps);
        }

        public Settings withSteps(int n) {
            return new Settings(n, batchSize, lr, minLr, warmup, beta2, weightDecay, clip, evalInterval, evalIters, seed);
        }

        public Settings withEval(int interval, int iters) {
            return new Settings(steps, batchSize, lr, minLr, warmup, beta2, weightDecay, clip, interval, iters, seed);
        }
    }

    /** The mean loss over some batches of each split. */
    public record Losses(double train, double val) {}

    final LanguageModel model;
    final Settings settings;
    final Schedule schedule;
    /** Two parameter groups: the matrices, which decay, and the rest, which do not. */
    final List<AdamW> optimizers = new ArrayList<>();

    public Training(LanguageModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
        this.schedule = settings.schedule();
        List<Tensor> decay = new ArrayList<>();
        List<Tensor> noDecay = new ArrayList<>();
        for (Tensor p : model.parameters()) {
            (p.rank() >= 2 ? decay : noDecay).add(p);
        }
        optimizers.add(new AdamW(decay, settings.lr(), 0.9, settings.beta2(), 1e-8, settings.weightDecay()));
        if (!noDecay.isEmpty()) {
            optimizers.add(new AdamW(noDecay, settings.lr(), 0.9, settings.beta2(), 1e-8, 0.0));
        }
    }

    /**
     * Exercise 09.8: one update on {@code batch}, the {@code step}-th (from 0): set every optimiser's
     * {@code lr} from {@link #schedule}, clear the gradients, the loss ({@link LanguageModel#loss}), backward,
     * clip the global gradient norm to {@code settings.clip()} when that is above 0 ({@link GradClip}), and
     * an optimiser step. Returns the batch's loss before the update.
     */
    public double step(Data.Batch batch, int step) {
        double lr = schedule.at(step);
        for (AdamW o : optimizers) {
            o.lr = lr;
        }
        model.zeroGrad();
        Tensor loss = LanguageModel.loss(model.forward(LanguageModel.ids(batch.x())), batch);
        loss.backward();
        if (settings.clip() > 0) {
            GradClip.clipGlobalNorm(model.parameters(), settings.clip());
        }
        for (AdamW o : optimizers) {
            o.step();
        }
        return loss.item();
    }

    /**
     * Exercise 09.8: the mean loss over {@code iters} random batches of each split (train first, then val,
     * drawing from {@code random}), in evaluation mode (no dropout) and without a graph; the model is back
     * in training mode afterwards.
     */
    public static Losses estimate(LanguageModel model, Data data, int batchSize, int blockSize, int iters,
            Random random) {
        model.eval();
        try (NoGrad scope = NoGrad.enter()) {
            double[] mean = new double[2];
            for (Data.Split split : Data.Split.values()) {
                double sum = 0;
                for (int i = 0; i < iters; i++) {
                    Data.Batch b = data.batch(split, batchSize, blockSize, random);
                    sum += LanguageModel.loss(model.forward(LanguageModel.ids(b.x())), b).item();
                }
                mean[split.ordinal()] = sum / iters;
            }
            return new Losses(mean[0], mean[1]);
        } finally {
            model.train();
        }
    }

    /** Told after every step, and after every estimate. */
    public interface Listener {
        void onStep(int step, double loss);

        default void onEstimate(int step, Losses losses) {
        }
    }

    /** What a run leaves behind: every step's batch loss, and the estimates with the steps they were made at. */
    public record History(double[] batchLosses, List<Integer> evalSteps, List<Losses> estimates) {
        public Losses last() {
            return estimates.get(estimates.size() - 1);
        }
    }

    /**
     * The whole run: {@code settings.steps()} steps on training batches drawn from a generator seeded with
     * {@code settings.seed()}, an estimate at step 0, every {@code evalInterval} steps and after the last,
     * with {@code finalEvalIters} batches for the last one (more batches, less noise in the number reported).
     */
    public History run(Data data, int finalEvalIters, Listener listener) {
        Random batches = new Random(settings.seed());
        Random evalBatches = new Random(settings.seed() + 1);
        int block = model.blockSize();
        double[] losses = new double[settings.steps()];
        List<Integer> evalSteps = new ArrayList<>();
        List<Losses> estimates = new ArrayList<>();
        for (int step = 0; step <= settings.steps(); step++) {
            boolean last = step == settings.steps();
            if (step % settings.evalInterval() == 0 || last) {
                Losses l = estimate(model, data, settings.batchSize(), block, last ? finalEvalIters : settings.evalIters(),
                        evalBatches);
                evalSteps.add(step);
                estimates.add(l);
                listener.onEstimate(step, l);
            }
            if (last) {
                break;
            }
            losses[step] = step(data.batch(Data.Split.TRAIN, settings.batchSize(), block, batches), step);
            listener.onStep(step, losses[step]);
        }
        return new History(losses, evalSteps, estimates);
    }
}
