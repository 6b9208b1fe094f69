package zerotohero.backprop;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.Lesson;
import zerotohero.kit.run.RunArgs;
import zerotohero.kit.run.StepTimer;
import zerotohero.kit.run.TrainingSettings;

/**
 * The full run with hand-written gradients only: the lecture's network with 200 hidden units (12,297
 * parameters), 200,000 steps of 32, learning rate 0.1 then 0.01 from step 100,000, weights drawn from
 * kit's generator and minibatches from Python's, both seeded with 2147483647 as in modules 05 and 06.
 * Argument: the number of steps (default 200,000; a shorter run decays at half-way). Writes
 * {@code results/manual.json} and {@code figures/manual-curve.svg} (suffixed {@code -steps-N} when short).
 */
public final class Train {

    static final Lesson LESSON = new Lesson("07-backprop");

    /** Seeds the initial weights (kit's generator) and the minibatches (Python's generator). */
    public static final long SEED = 2147483647L;

    /** The lecture's losses after the full run. */
    static final double LECTURE_TRAIN = 2.0705;
    static final double LECTURE_VAL = 2.1099;

    private Train() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        RunArgs a = RunArgs.parse(args);
        if (a.runs().equals(List.of("timing"))) {
            timing(NameSplits.load(3), a.stepsOr(2_000));
            return;
        }
        if (!a.runs().isEmpty()) {
            throw new IllegalArgumentException("07-backprop has one run, the lecture's (or timing); use --steps N for "
                    + "a shorter one");
        }
        int steps = a.stepsOr(200_000);
        if (steps < 2) {
            throw new IllegalArgumentException("the run needs at least 2 steps (the learning rate decays halfway); got " + steps);
        }
        run(NameSplits.load(3), Network.Config.full(), TrainingSettings.lecture().withSteps(steps), LESSON.dir());
    }

    /** Untimed steps before {@code timing} starts the clock (measured: the time per step stops falling by then). */
    static final int TIMING_WARMUP = 8_000;

    /**
     * {@code timing}: the full run's training loop, progress bar included, for 8,000 warm-up steps (until the JIT
     * compiler and the heap have settled, as they have for most of a full run) and then {@code steps} timed ones;
     * prints the time per step and the memory and writes {@code results/timing/timing.json} ({@code ./course bench
     * runs} sets it beside PyTorch).
     */
    static void timing(NameSplits data, int steps) {
        Tensor.manualSeed(SEED);
        Network net = Network.init(Network.Config.full());
        StepTimer timer = new StepTimer(TIMING_WARMUP, steps);
        Training.train(net, data.train(), TrainingSettings.lecture().withSteps(timer.totalSteps()),
                new PythonRandom(SEED), (step, loss, lr) -> timer.step(step, loss));
        timer.report(LESSON, "timing", Map.of("parameters", net.parameterCount()));
    }

    /** One run; writes its results and curve under {@code dir}. */
    static Map<String, Object> run(NameSplits data, Network.Config config, TrainingSettings settings, Path dir) {
        String name = "manual" + (settings.steps() == 200_000 ? "" : "-steps-" + settings.steps());
        Tensor.manualSeed(SEED);
        Network net = Network.init(config);
        System.out.printf("07-backprop %s: %,d parameters, float64, gradients by hand%n", name, net.parameterCount());
        Lesson.Progress bar = new Lesson.Progress(settings.steps());
        long start = System.nanoTime();
        double[] losses = Training.train(net, data.train(), settings, new PythonRandom(SEED),
                (step, loss, lr) -> bar.update(step, loss));
        double wall = (System.nanoTime() - start) / 1e9;
        Training.BatchNormStats stats = Training.calibrate(net, data.train());
        double train = Training.loss(net, data.train(), stats);
        double val = Training.loss(net, data.dev(), stats);
        System.out.printf("%s: train %.4f  val %.4f  (lecture: %.4f / %.4f)  %.0f s%n", name, train, val,
                LECTURE_TRAIN, LECTURE_VAL, wall);

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("blockSize", config.blockSize());
        s.put("nEmbd", config.nEmbd());
        s.put("nHidden", config.nHidden());
        s.put("parameters", net.parameterCount());
        s.putAll(settings.asMap());
        s.put("seed", SEED);
        s.put("dtype", "float64");
        s.put("gradients", "by hand (fused cross-entropy and batch-norm backward), no autograd");
        s.put("batchNormEval", "calibrated over the training set after training");
        Map<String, Object> lecture = new LinkedHashMap<>();
        lecture.put("train", LECTURE_TRAIN);
        lecture.put("val", LECTURE_VAL);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("module", LESSON.module());
        result.put("run", name);
        result.put("settings", s);
        result.put("steps", settings.steps());
        result.put("wallSeconds", Math.round(wall * 10) / 10.0);
        result.put("initialLoss", Math.round(losses[0] * 10000) / 10000.0);
        result.put("trainLoss", Math.round(train * 10000) / 10000.0);
        result.put("valLoss", Math.round(val * 10000) / 10000.0);
        result.put("lecture", lecture);
        Lesson.write(dir.resolve("results").resolve(name + ".json"), Lesson.json(result, "") + "\n");
        Chart.trainingCurve(losses, "training curve, gradients by hand (" + name + ")")
                .save(dir.resolve("figures").resolve(name + "-curve.svg"));
        return result;
    }
}
