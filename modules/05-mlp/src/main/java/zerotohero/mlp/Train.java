package zerotohero.mlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.Lesson;
import zerotohero.kit.run.RunArgs;
import zerotohero.kit.run.StepTimer;
import zerotohero.kit.run.TrainingSettings;

/**
 * The lesson's full run: the lecture's model and schedule (200,000 steps of 32 examples, learning rate 0.1
 * then 0.01), a fixed seed, and at the end the loss on train and dev, a training curve, a few samples and
 * {@code results/<run>.json}. Arguments: {@code [steps]} (default 200000).
 */
public final class Train {

    static final Lesson LESSON = new Lesson("05-mlp");

    /** Seeds the initial weights (kit's generator) and the minibatches (Python's generator). */
    public static final long SEED = 2147483647L;

    private Train() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        RunArgs a = RunArgs.parse(args);
        if (a.runs().equals(List.of("timing"))) {
            timing(Splits.names(3), a.stepsOr(2_000));
            return;
        }
        if (!a.runs().isEmpty()) {
            throw new IllegalArgumentException("05-mlp has one run, the lecture's (or timing); use --steps N for a "
                    + "shorter one");
        }
        int steps = a.stepsOr(200_000);
        String name = steps == 200_000 ? "full" : "steps-" + steps;
        run(Splits.names(3), TrainingSettings.lecture().withSteps(steps), name, LESSON.dir());
    }

    /** Untimed steps before {@code timing} starts the clock (measured: the time per step stops falling by then). */
    static final int TIMING_WARMUP = 20_000;

    /**
     * {@code timing}: the full run's training loop, progress bar included, for 20,000 warm-up steps (until the JIT
     * compiler and the heap have settled, as they have for most of a full run) and then {@code steps} timed ones;
     * prints the time per step and the memory and writes {@code results/timing/timing.json} ({@code ./course bench
     * runs} sets it beside PyTorch).
     */
    static void timing(Splits data, int steps) {
        Tensor.manualSeed(SEED);
        MLP model = new MLP(MLP.Config.lecture());
        StepTimer timer = new StepTimer(TIMING_WARMUP, steps);
        Training.train(model, data.train(), TrainingSettings.lecture().withSteps(timer.totalSteps()),
                new PythonRandom(SEED), timer::step);
        timer.report(LESSON, "timing", Map.of("parameters", model.parameterCount()));
    }

    /** Trains, evaluates, writes {@code results/<name>.json} and {@code figures/<name>-curve.svg} under {@code dir}. */
    static Map<String, Object> run(Splits data, TrainingSettings settings, String name, Path dir) {
        Tensor.manualSeed(SEED);
        MLP model = new MLP(MLP.Config.lecture());
        System.out.printf("05-mlp %s: %,d parameters, %,d train / %,d dev examples%n", name,
                model.parameterCount(), data.train().size(), data.dev().size());
        Lesson.Progress bar = new Lesson.Progress(settings.steps());
        long start = System.nanoTime();
        double[] losses = Training.train(model, data.train(), settings, new PythonRandom(SEED), bar::update);
        double wall = (System.nanoTime() - start) / 1e9;
        double train = Evaluation.loss(model, data, Evaluation.Part.TRAIN);
        double dev = Evaluation.loss(model, data, Evaluation.Part.DEV);
        System.out.printf("train %.4f  dev %.4f  (lecture: 2.126 / 2.170)  %.0f s%n", train, dev, wall);

        PythonRandom sampling = new PythonRandom(SEED + 10);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            names.add(Sampler.sample(model, data.vocab(), sampling));
        }
        System.out.println("samples: " + String.join(", ", names));

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("blockSize", model.config.blockSize());
        s.put("nEmbd", model.config.nEmbd());
        s.put("nHidden", model.config.nHidden());
        s.put("parameters", model.parameterCount());
        s.putAll(settings.asMap());
        s.put("seed", SEED);
        Map<String, Object> lecture = new LinkedHashMap<>();
        lecture.put("train", 2.126);
        lecture.put("val", 2.170);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("module", LESSON.module());
        result.put("run", name);
        result.put("settings", s);
        result.put("steps", settings.steps());
        result.put("wallSeconds", Math.round(wall * 10) / 10.0);
        result.put("trainLoss", Math.round(train * 10000) / 10000.0);
        result.put("valLoss", Math.round(dev * 10000) / 10000.0);
        result.put("lecture", lecture);
        result.put("samples", String.join(" ", names));
        Lesson.write(dir.resolve("results").resolve(name + ".json"), Lesson.json(result, "") + "\n");
        Chart.trainingCurve(losses, "training curve (" + name + ")").save(dir.resolve("figures").resolve(name + "-curve.svg"));
        return result;
    }
}
