package zerotohero.batchnorm;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * The lecture's log of fixes, one full run per recipe: the same network, data, seed and schedule
 * (200,000 steps of 32, learning rate 0.1 then 0.01), only the initialisation (and the batch norm) change.
 * Arguments: {@code recipe|all [steps]}, e.g. {@code batch-norm 200000}. Each run writes
 * {@code results/<recipe>.json} and {@code figures/<recipe>-curve.svg} (a shortened run: its curve in
 * {@code target/figures/}, out of the repository).
 */
public final class Train {

    static final Lesson LESSON = new Lesson("06-batchnorm");

    /** Seeds the initial weights (kit's generator) and the minibatches (Python's generator). */
    public static final long SEED = 2147483647L;

    private Train() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        List<Recipe> recipes = new ArrayList<>();
        RunArgs a = RunArgs.parse(args);
        String which = a.runOr("all");
        if (which.equals("timing")) {
            timing(NameSplits.load(3), a.stepsOr(2_000));
            return;
        }
        for (Recipe r : Recipe.values()) {
            if (which.equals("all") || which.equals(r.slug())) {
                recipes.add(r);
            }
        }
        if (recipes.isEmpty()) {
            throw new IllegalArgumentException("unknown recipe " + which + "; use all, timing or one of "
                    + java.util.Arrays.stream(Recipe.values()).map(Recipe::slug).toList());
        }
        int steps = a.stepsOr(200_000);
        NameSplits data = NameSplits.load(3);
        for (Recipe r : recipes) {
            run(data, r, TrainingSettings.lecture().withSteps(steps), LESSON.dir());
        }
    }

    /** Untimed steps before {@code timing} starts the clock (measured: the time per step stops falling by then). */
    static final int TIMING_WARMUP = 20_000;

    /**
     * {@code timing}: the batch-norm run's training loop, progress bar included, for 20,000 warm-up steps (until the
     * JIT compiler and the heap have settled, as they have for most of a full run) and then {@code steps} timed ones;
     * prints the time per step and the memory and writes {@code results/timing/timing.json} ({@code ./course bench
     * runs} sets it beside PyTorch).
     */
    static void timing(NameSplits data, int steps) {
        Tensor.manualSeed(SEED);
        Network net = new Network(Network.Config.lecture(), Recipe.BATCH_NORM);
        StepTimer timer = new StepTimer(TIMING_WARMUP, steps);
        Training.train(net, data.train(), TrainingSettings.lecture().withSteps(timer.totalSteps()),
                new PythonRandom(SEED), (step, loss, lr) -> timer.step(step, loss));
        timer.report(LESSON, "timing", Map.of("recipe", Recipe.BATCH_NORM.slug(), "parameters", net.parameterCount()));
    }

    /** One recipe's run; writes its results and curve under {@code dir} (named by recipe, suffixed when short). */
    static Map<String, Object> run(NameSplits data, Recipe recipe, TrainingSettings settings, Path dir) {
        String name = recipe.slug() + (settings.steps() == 200_000 ? "" : "-steps-" + settings.steps());
        Tensor.manualSeed(SEED);
        Network net = new Network(Network.Config.lecture(), recipe);
        double initial;
        try (zerotohero.kit.NoGrad scope = zerotohero.kit.NoGrad.enter()) {
            int n = Math.min(1024, data.train().size());
            initial = net.logits(java.util.Arrays.copyOf(data.train().contexts(), n))
                    .crossEntropy(java.util.Arrays.copyOf(data.train().targets(), n)).item();
        }
        System.out.printf("06-batchnorm %s: %,d parameters, loss at initialisation %.4f (uniform: %.4f)%n",
                name, net.parameterCount(), initial, Init.expectedInitialLoss(27));
        Lesson.Progress bar = new Lesson.Progress(settings.steps());
        long start = System.nanoTime();
        double[] losses = Training.train(net, data.train(), settings, new PythonRandom(SEED),
                (step, loss, lr) -> bar.update(step, loss));
        double wall = (System.nanoTime() - start) / 1e9;
        double train = Training.loss(net, data.train());
        double val = Training.loss(net, data.dev());
        System.out.printf("%s: train %.4f  val %.4f  (lecture: %.4f / %.4f)  %.0f s%n", name, train, val,
                recipe.lectureTrain, recipe.lectureVal, wall);

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("recipe", recipe.slug());
        s.put("blockSize", net.config.blockSize());
        s.put("nEmbd", net.config.nEmbd());
        s.put("nHidden", net.config.nHidden());
        s.put("parameters", net.parameterCount());
        s.putAll(settings.asMap());
        s.put("seed", SEED);
        Map<String, Object> lecture = new LinkedHashMap<>();
        lecture.put("train", recipe.lectureTrain);
        lecture.put("val", recipe.lectureVal);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("module", LESSON.module());
        result.put("run", name);
        result.put("settings", s);
        result.put("steps", settings.steps());
        result.put("wallSeconds", Math.round(wall * 10) / 10.0);
        result.put("initialLoss", Math.round(initial * 10000) / 10000.0);
        result.put("trainLoss", Math.round(train * 10000) / 10000.0);
        result.put("valLoss", Math.round(val * 10000) / 10000.0);
        result.put("lecture", lecture);
        Lesson.write(dir.resolve("results").resolve(name + ".json"), Lesson.json(result, "") + "\n");
        // A shortened run's curve is only the start of the full one: it goes to target/, out of the repository.
        Path figures = name.equals(recipe.slug()) ? dir.resolve("figures") : dir.resolve("target").resolve("figures");
        Chart.trainingCurve(losses, "training curve (" + name + ")").save(figures.resolve(name + "-curve.svg"));
        return result;
    }
}
