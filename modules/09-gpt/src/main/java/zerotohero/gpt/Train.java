package zerotohero.gpt;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.LineChart;
import zerotohero.kit.run.Lesson;
import zerotohero.kit.run.RunArgs;
import zerotohero.kit.run.StepTimer;

/**
 * The module's full runs, one command each (they are minutes to hours, never tests):
 * <ul>
 *   <li>{@code ladder}, or one rung ({@code bigram one-head multi-head feed-forward blocks}): the lecture's
 *       build-up at n_embd 32, context 8, batch 32;</li>
 *   <li>{@code baby-gpt}: nanoGPT's CPU recipe (4 layers, 4 heads, n_embd 128, context 64, batch 12, 2,000
 *       steps); saves {@code results/baby-gpt.safetensors}, which {@link Generate} samples from;</li>
 *   <li>{@code gpt}: the lecture's 10.8M-parameter model, 5,000 steps of 64 at lr 3e-4 (hours on a laptop);</li>
 *   <li>{@code gpt-timing}, {@code baby-gpt-timing}: a few steps of either model (5 and 20 unless
 *       {@code --steps} says otherwise), timed, and the projected total ({@code timing} is the baby
 *       GPT's, for {@code ./course bench runs}). {@code --micro-batch N} makes each
 *       step from batch/N slices whose gradients add up (nanoGPT's gradient accumulation): the same update
 *       in a quarter of the memory at N = batch/4. The lecture model's step uses slices of 16 unless told
 *       otherwise, since its whole batch of 64 does not fit in 24 GB.</li>
 * </ul>
 * {@code --steps N} overrides the number of steps. Each run writes {@code results/<run>.json} and
 * {@code figures/<run>-curve.svg}.
 */
public final class Train {

    static final Lesson LESSON = new Lesson("09-gpt");
    /** Seeds the initial weights (and dropout); the batches have their own seed in the settings. */
    public static final long SEED = 1337;

    private Train() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        NativeSettings.setBlasThreads(Integer.getInteger("kit.blas", 1));
        int microBatch = 0;
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        int m = rest.indexOf("--micro-batch");
        if (m >= 0) {
            if (m + 1 >= rest.size() || !rest.get(m + 1).matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException("--micro-batch needs a whole number after it that divides the batch, "
                        + "e.g. --micro-batch 16");
            }
            microBatch = Integer.parseInt(rest.get(m + 1));
            rest.subList(m, m + 2).clear();
        }
        RunArgs a = RunArgs.parse(rest.toArray(String[]::new));
        String which = a.runOr("ladder");
        Integer steps = a.steps();
        Data data = Data.shakespeare();
        Path dir = LESSON.dir();
        switch (which) {
            case "ladder" -> {
                for (Ladder rung : Ladder.values()) {
                    ladder(data, rung, steps, dir);
                }
            }
            case "baby-gpt" -> baby(data, steps == null ? 2000 : steps, dir);
            case "gpt" -> lecture(data, steps == null ? 5000 : steps, dir);
            case "gpt-timing" -> timing(data, steps == null ? 5 : steps, dir, false, microBatch == 0 ? 16 : microBatch);
            case "baby-gpt-timing", "timing" ->
                    timing(data, steps == null ? 20 : steps, dir, true, microBatch == 0 ? 12 : microBatch);
            default -> {
                for (Ladder rung : Ladder.values()) {
                    if (rung.slug.equals(which)) {
                        ladder(data, rung, steps, dir);
                        return;
                    }
                }
                throw new IllegalArgumentException("unknown run " + which
                        + "; use ladder, bigram, one-head, multi-head, feed-forward, blocks, baby-gpt, gpt, gpt-timing or "
                        + "baby-gpt-timing");
            }
        }
    }

    static Map<String, Object> ladder(Data data, Ladder rung, Integer steps, Path dir) {
        Tensor.manualSeed(SEED);
        LanguageModel model = rung.model(data.vocabSize());
        Training.Settings s = rung.settings();
        if (steps != null) {
            s = s.withSteps(steps);
        }
        String name = rung.slug + (steps == null ? "" : "-steps-" + steps);
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("nEmbd", 32);
        setup.put("blockSize", model.blockSize());
        return run(name, model, data, s, 200, setup, rung.lectureVal, dir, null);
    }

    static Map<String, Object> baby(Data data, int steps, Path dir) {
        Tensor.manualSeed(SEED);
        Config c = Config.baby(data.vocabSize());
        GPT model = new GPT(c);
        String name = "baby-gpt" + (steps == 2000 ? "" : "-steps-" + steps);
        return run(name, model, data, Training.Settings.baby(steps), 200, config(c), 1.88, dir,
                dir.resolve("results").resolve(name + ".safetensors"));
    }

    static Map<String, Object> lecture(Data data, int steps, Path dir) {
        Tensor.manualSeed(SEED);
        Config c = Config.lecture(data.vocabSize());
        GPT model = new GPT(c);
        Training.Settings s = new Training.Settings(steps, 64, 3e-4, 3e-4, 0, 0.999, 0.01, 0, 500, 200, 1337);
        String name = "gpt" + (steps == 5000 ? "" : "-steps-" + steps);
        return run(name, model, data, s, 200, config(c), 1.48, dir, dir.resolve("results").resolve(name + ".safetensors"));
    }

    /**
     * Untimed baby-GPT steps before {@code baby-gpt-timing} starts the clock: enough for the JIT compiler to
     * finish (about 30 steps) and for the Java heap to stop growing (up to 100 on a virtual machine where each
     * newly touched page of memory is slow: the heap grows to about 2.2 GB in the first 20 seconds).
     */
    static final int BABY_TIMING_WARMUP = 120;

    /**
     * Times a few training steps of the lecture's model ({@code gpt-timing}, after one warm-up step) or the baby
     * GPT ({@code baby-gpt-timing}, after {@value #BABY_TIMING_WARMUP}: measured, the time per step stops falling
     * by then, as it has for most of the 2,000-step run), and projects the whole run: the module's own code, to set
     * beside kit's benchmark and PyTorch ({@code ./course bench}).
     */
    static void timing(Data data, int steps, Path dir, boolean baby, int microBatch) {
        Tensor.manualSeed(SEED);
        Config c = baby ? Config.baby(data.vocabSize()) : Config.lecture(data.vocabSize());
        GPT model = new GPT(c);
        Training.Settings s = baby ? Training.Settings.baby(2000)
                : new Training.Settings(5000, 64, 3e-4, 3e-4, 0, 0.999, 0.01, 0, 500, 200, 1337);
        Training training = new Training(model, s);
        java.util.Random random = new java.util.Random(s.seed());
        int batch = s.batchSize();
        if (batch % microBatch != 0) {
            throw new IllegalArgumentException("--micro-batch " + microBatch + " does not divide the batch of " + batch
                    + "; use a divisor of it, e.g. " + batch / 4);
        }
        StepTimer timer = new StepTimer(baby ? BABY_TIMING_WARMUP : 1, steps);
        for (int i = 0; i < timer.totalSteps(); i++) {
            timer.step(i, timedStep(training, data.batch(Data.Split.TRAIN, batch, c.blockSize(), random), i, microBatch));
        }
        // estimates of 200 batches on each split every evalInterval steps and at the end; a forward pass
        // without a graph costs about a third of a step
        int estimates = s.steps() / s.evalInterval() + 1;
        double projectedHours = (s.steps() + estimates * 2 * 200 / 3.0) * timer.msPerStep() / 3.6e6;
        String name = baby ? "baby-gpt-timing" : "gpt-timing";
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("settings", config(c));
        r.put("parameters", model.parameterCount());
        r.put("batchSize", batch);
        r.put("microBatch", microBatch);
        r.put("projectedHours", Math.round(projectedHours * 100) / 100.0);
        r.put("blasThreads", Integer.getInteger("kit.blas", 1));
        // results/timing/, not results/: a timing is not a training run for the results page
        timer.report(LESSON, name, r);
        System.out.printf(Locale.ROOT, "%s: %,d parameters, micro-batch %d of %d; %d steps and estimates ≈ %.2f h%n",
                baby ? "baby GPT" : "lecture GPT", model.parameterCount(), microBatch, batch, s.steps(), projectedHours);
    }

    /**
     * One training step; with micro-batches smaller than the batch, the gradients of the slices' losses,
     * each weighted by its share of the batch, add up to the whole batch's gradient before it is clipped
     * (when the settings clip) and the update. Returns the batch's loss.
     */
    static double timedStep(Training training, Data.Batch batch, int step, int microBatch) {
        int n = batch.x().length;
        if (microBatch == n) {
            return training.step(batch, step);
        }
        double total = 0;
        training.model.zeroGrad();
        for (int from = 0; from < n; from += microBatch) {
            Data.Batch slice = new Data.Batch(java.util.Arrays.copyOfRange(batch.x(), from, from + microBatch),
                    java.util.Arrays.copyOfRange(batch.y(), from, from + microBatch));
            Tensor loss = LanguageModel.loss(training.model.forward(LanguageModel.ids(slice.x())), slice);
            loss.mul((double) microBatch / n).backward();
            total += loss.item() * microBatch / n;
        }
        if (training.settings.clip() > 0) {
            zerotohero.kit.optim.GradClip.clipGlobalNorm(training.model.parameters(), training.settings.clip());
        }
        for (zerotohero.kit.optim.AdamW o : training.optimizers) {
            o.lr = training.schedule.at(step);
            o.step();
        }
        return total;
    }

    static Map<String, Object> config(Config c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nEmbd", c.nEmbd());
        m.put("nHead", c.nHead());
        m.put("nLayer", c.nLayer());
        m.put("blockSize", c.blockSize());
        m.put("dropout", c.dropout());
        return m;
    }

    /**
     * One run: train, print progress, write the results, the curve and (for a GPT) the checkpoint. A long run
     * also writes them at every estimate on the way (marked {@code "complete": false}), so an interrupted run
     * leaves its latest model and numbers behind.
     */
    static Map<String, Object> run(String name, LanguageModel model, Data data, Training.Settings s, int finalEvalIters,
            Map<String, Object> setup, double lectureVal, Path dir, Path checkpoint) {
        System.out.printf(Locale.ROOT, "09-gpt %s: %,d parameters, %,d steps of %d × %d%n", name, model.parameterCount(),
                s.steps(), s.batchSize(), model.blockSize());
        Lesson.Progress bar = new Lesson.Progress(s.steps());
        long[] trainingNanos = {0};
        long[] last = {System.nanoTime()};
        long start = System.nanoTime();
        java.util.List<Integer> evalSteps = new java.util.ArrayList<>();
        java.util.List<Training.Losses> estimates = new java.util.ArrayList<>();
        Training.History h = new Training(model, s).run(data, finalEvalIters, new Training.Listener() {
            @Override
            public void onStep(int step, double loss) {
                long now = System.nanoTime();
                trainingNanos[0] += now - last[0];
                last[0] = now;
                bar.update(step, loss);
            }

            @Override
            public void onEstimate(int step, Training.Losses l) {
                System.out.printf(Locale.ROOT, "%nstep %d: train loss %.4f, val loss %.4f (%.0f s)%n", step, l.train(),
                        l.val(), (System.nanoTime() - start) / 1e9);
                evalSteps.add(step);
                estimates.add(l);
                if (checkpoint != null && step > 0 && step < s.steps()) {
                    write(name, model, data, s, finalEvalIters, setup, lectureVal, dir, checkpoint,
                            new Training.History(new double[0], evalSteps, estimates), step,
                            (System.nanoTime() - start) / 1e9, trainingNanos[0] / 1e6 / step);
                }
                last[0] = System.nanoTime();
            }
        });
        double wall = (System.nanoTime() - start) / 1e9;
        double msPerStep = trainingNanos[0] / 1e6 / s.steps();
        Training.Losses end = h.last();
        System.out.printf(Locale.ROOT, "%s: train %.4f  val %.4f  (lecture val ≈ %.2f)  %.0f s, %.1f ms per step%n",
                name, end.train(), end.val(), lectureVal, wall, msPerStep);
        return write(name, model, data, s, finalEvalIters, setup, lectureVal, dir, checkpoint, h, s.steps(), wall, msPerStep);
    }

    private static Map<String, Object> write(String name, LanguageModel model, Data data, Training.Settings s,
            int finalEvalIters, Map<String, Object> setup, double lectureVal, Path dir, Path checkpoint,
            Training.History h, int stepsDone, double wall, double msPerStep) {
        Training.Losses end = h.last();
        boolean complete = stepsDone == s.steps();
        Map<String, Object> settings = new LinkedHashMap<>(setup);
        settings.put("parameters", model.parameterCount());
        settings.put("batchSize", s.batchSize());
        settings.put("lr", s.lr());
        settings.put("minLr", s.minLr());
        settings.put("warmup", s.warmup());
        settings.put("beta2", s.beta2());
        settings.put("weightDecay", s.weightDecay());
        settings.put("clip", s.clip());
        settings.put("evalInterval", s.evalInterval());
        settings.put("evalIters", s.evalIters());
        settings.put("finalEvalIters", finalEvalIters);
        settings.put("seed", SEED);
        settings.put("blasThreads", Integer.getInteger("kit.blas", 1));
        Map<String, Object> estimates = new LinkedHashMap<>();
        for (int i = 0; i < h.estimates().size(); i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("train", round(h.estimates().get(i).train()));
            e.put("val", round(h.estimates().get(i).val()));
            estimates.put(Integer.toString(h.evalSteps().get(i)), e);
        }
        Map<String, Object> lecture = new LinkedHashMap<>();
        lecture.put("val", lectureVal);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("module", LESSON.module());
        result.put("run", name);
        result.put("settings", settings);
        result.put("steps", s.steps());
        if (!complete) {
            result.put("complete", false);
            result.put("stepsDone", stepsDone);
        }
        result.put("wallSeconds", Math.round(wall * 10) / 10.0);
        result.put("msPerStep", Math.round(msPerStep * 10) / 10.0);
        result.put("trainLoss", round(end.train()));
        result.put("valLoss", round(end.val()));
        result.put("lecture", lecture);
        result.put("estimates", estimates);
        Lesson.write(dir.resolve("results").resolve(name + ".json"), Lesson.json(result, "") + "\n");
        curve(h, name).save(dir.resolve("figures").resolve(name + "-curve.svg"));
        if (checkpoint != null && model instanceof GPT gpt) {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("steps", Integer.toString(stepsDone));
            extra.put("train_loss", Double.toString(round(end.train())));
            extra.put("val_loss", Double.toString(round(end.val())));
            Checkpoint.save(gpt, data.chars, extra, checkpoint);
            System.out.println("saved " + checkpoint + " at step " + stepsDone);
        }
        return result;
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    /** The train and val estimates against the step. */
    static LineChart curve(Training.History h, String name) {
        int n = h.estimates().size();
        double[] xs = new double[n];
        double[] tr = new double[n];
        double[] va = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = h.evalSteps().get(i);
            tr[i] = h.estimates().get(i).train();
            va[i] = h.estimates().get(i).val();
        }
        return Chart.line("train and val loss (" + name + ")").series("train", xs, tr).series("val", xs, va)
                .xLabel("step").yLabel("loss");
    }
}
