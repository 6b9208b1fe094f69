package zerotohero.wavenet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.run.Lesson;
import zerotohero.kit.run.StepTimer;

/**
 * The experiment log: every run is a named setting, trained, and written to {@code results/<name>.json}
 * with everything needed to compare it later (settings, parameter count, steps, wall time, train and
 * validation loss). {@link ExperimentLog} and {@link Figures} turn the folder of results into the lesson's
 * table and chart.
 *
 * <pre>
 *   Experiments scaled-up                      the full run (200,000 steps), resumable
 *   Experiments scaled-up --steps 2000         a quick try, saved as scaled-up-steps-2000
 *   Experiments all                            every setting, one after another
 *   Experiments table                          prints the table of every result so far
 *   Experiments timing --steps 2000            times the scaled-up run's steps (results/timing/timing.json)
 * options: --steps N, --checkpoint-every N (default 10,000), --fresh (ignore a checkpoint),
 *          --stop-after N (stop at step N, as an interruption would)
 * </pre>
 */
public final class Experiments {

    static final Lesson LESSON = new Lesson("08-wavenet");

    /** Seeds the initial weights (kit's generator) and the minibatches (Python's generator). */
    public static final long SEED = 42;

    private Experiments() {
    }

    /** A model family: how a {@link Models.Config} becomes a network. */
    public enum Architecture {
        /** The whole context in one layer ({@link Models#flat}). */
        FLAT(Models::flat),
        /** The tree with the lecture's first, per-position batch norm ({@link PerPositionBatchNorm1d}). */
        HIERARCHICAL_PER_POSITION(c -> Models.hierarchical(c, PerPositionBatchNorm1d::new)),
        /** The tree with your {@link BatchNorm1d}. */
        HIERARCHICAL(Models::hierarchical);

        private final Function<Models.Config, Sequential> build;

        Architecture(Function<Models.Config, Sequential> build) {
            this.build = build;
        }

        public Sequential build(Models.Config config) {
            return build.apply(config);
        }
    }

    /** One named experiment: the model, its sizes, the schedule, and the lecture's numbers for the same row. */
    public record Setting(String name, String description, Architecture architecture, Models.Config config,
            Training.Schedule schedule, double lectureTrain, double lectureVal) {

        /** The same setting with a shorter schedule, named so that its results do not replace the full run's. */
        public Setting withSteps(int steps) {
            return steps == schedule.steps() ? this : new Setting(name + "-steps-" + steps, description,
                    architecture, config, schedule.withSteps(steps), lectureTrain, lectureVal);
        }
    }

    /** The lecture's five rows, in its order. */
    public static List<Setting> lecture() {
        Training.Schedule s = Training.Schedule.lecture();
        return List.of(
                new Setting("original", "context 3, flat (module 06's network)", Architecture.FLAT,
                        new Models.Config(27, 3, 10, 200), s, 2.058, 2.105),
                new Setting("context-8", "context 8, flat", Architecture.FLAT,
                        new Models.Config(27, 8, 10, 200), s, 1.918, 2.027),
                new Setting("hierarchical", "context 8, fused two at a time (per-position batch norm)",
                        Architecture.HIERARCHICAL_PER_POSITION, new Models.Config(27, 8, 10, 68), s, 1.941, 2.029),
                new Setting("batchnorm-fix", "hierarchical, batch norm over batch and positions",
                        Architecture.HIERARCHICAL, new Models.Config(27, 8, 10, 68), s, 1.912, 2.022),
                new Setting("scaled-up", "hierarchical, n_embd 24, n_hidden 128", Architecture.HIERARCHICAL,
                        Models.Config.scaledUp(), s, 1.769, 1.993));
    }

    /** One finished run, as written to and read from {@code results/<name>.json}. */
    public record Run(String name, String description, long parameters, int steps, double wallSeconds,
            double trainLoss, double valLoss, double lectureTrain, double lectureVal) {

        private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[-+0-9.eE]+)");

        /** Reads a results file written by {@link Experiments#run}. */
        public static Run read(Path file) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read results file " + file, e);
            }
            Map<String, String> f = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                f.putIfAbsent(m.group(1), m.group(2).startsWith("\"")
                        ? m.group(2).substring(1, m.group(2).length() - 1).replace("\\\"", "\"") : m.group(2));
            }
            for (String key : List.of("run", "parameters", "steps", "wallSeconds", "trainLoss", "valLoss")) {
                if (!f.containsKey(key)) {
                    throw new IllegalArgumentException("results file " + file + " has no \"" + key
                            + "\": is it a results file of this module?");
                }
            }
            return new Run(f.get("run"), f.getOrDefault("description", ""), Long.parseLong(f.get("parameters")),
                    Integer.parseInt(f.get("steps")), Double.parseDouble(f.get("wallSeconds")),
                    Double.parseDouble(f.get("trainLoss")), Double.parseDouble(f.get("valLoss")),
                    Double.parseDouble(f.getOrDefault("lectureTrain", "NaN")),
                    Double.parseDouble(f.getOrDefault("lectureVal", "NaN")));
        }
    }

    /** Every results file in {@code dir}/results: the lecture's settings in its order (longest run first), then the rest. */
    public static List<Run> log(Path dir) {
        Path results = dir.resolve("results");
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        List<String> order = lecture().stream().map(Setting::name).toList();
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(p -> p.toString().endsWith(".json")).map(Run::read)
                    .sorted((a, b) -> {
                        int ia = order.indexOf(a.name().replaceFirst("-steps-\\d+$", ""));
                        int ib = order.indexOf(b.name().replaceFirst("-steps-\\d+$", ""));
                        ia = ia < 0 ? order.size() : ia;
                        ib = ib < 0 ? order.size() : ib;
                        return ia != ib ? Integer.compare(ia, ib)
                                : a.steps() != b.steps() ? Integer.compare(b.steps(), a.steps())
                                : a.name().compareTo(b.name());
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        if (args.length == 0) {
            System.out.println("usage: Experiments <setting>|all|table|timing [--steps N] [--checkpoint-every N] [--fresh] "
                    + "[--stop-after N]; settings: " + lecture().stream().map(Setting::name).toList());
            return;
        }
        Path dir = LESSON.dir();
        if (args[0].equals("table")) {
            List<Run> runs = log(dir);
            System.out.print(ExperimentLog.table(runs));
            if (!runs.isEmpty()) {
                System.out.println("best validation loss: " + ExperimentLog.best(runs).name());
            }
            return;
        }
        Options o = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        if (args[0].equals("timing")) {
            timing(o.steps > 0 ? o.steps : 2_000);
            return;
        }
        List<Setting> chosen = lecture().stream().filter(s -> args[0].equals("all") || args[0].equals(s.name())).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("unknown setting " + args[0] + "; use all, table, timing or one of "
                    + lecture().stream().map(Setting::name).toList());
        }
        for (Setting s : chosen) {
            Setting setting = o.steps > 0 ? s.withSteps(o.steps) : s;
            NameSplits data = NameSplits.load(setting.config().blockSize());
            Training.Checkpoints checkpoints = new Training.Checkpoints(dir.resolve("target").resolve("checkpoints"),
                    setting.name(), o.checkpointEvery);
            if (o.fresh) {
                Training.forget(checkpoints);
            }
            run(data, setting, dir, checkpoints, o.stopAfter);
        }
    }

    /** Untimed steps before {@code timing} starts the clock (measured: the time per step stops falling by then). */
    static final int TIMING_WARMUP = 8_000;

    /**
     * {@code timing}: the scaled-up run's training loop, progress bar included, for 8,000 warm-up steps (until the JIT
     * compiler and the heap have settled, as they have for most of a full run) and then {@code steps} timed ones,
     * without checkpoints; prints the time per step and the memory and writes {@code results/timing/timing.json}
     * ({@code ./course bench runs} sets it beside PyTorch).
     */
    static void timing(int steps) {
        Setting setting = lecture().get(4);
        NameSplits data = NameSplits.load(setting.config().blockSize());
        Tensor.manualSeed(SEED);
        Sequential model = setting.architecture().build(setting.config());
        StepTimer timer = new StepTimer(TIMING_WARMUP, steps);
        Training.train(model, data.train(), setting.schedule().withSteps(timer.totalSteps()), SEED, timer::step);
        timer.report(LESSON, "timing", Map.of("setting", setting.name(), "parameters", model.parameterCount()));
    }

    /** The command line's options. */
    record Options(int steps, int checkpointEvery, boolean fresh, int stopAfter) {

        static Options parse(String[] args) {
            int steps = 0;
            int every = 10_000;
            boolean fresh = false;
            int stopAfter = Integer.MAX_VALUE;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--steps" -> steps = number(args, ++i);
                    case "--checkpoint-every" -> every = number(args, ++i);
                    case "--stop-after" -> stopAfter = number(args, ++i);
                    case "--fresh" -> fresh = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --steps N, --checkpoint-every N, --fresh or --stop-after N");
                }
            }
            return new Options(steps, every, fresh, stopAfter);
        }

        private static int number(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a number after it");
            }
            try {
                return Integer.parseInt(args[i].replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i - 1] + " needs a whole number, got " + args[i]);
            }
        }
    }

    /**
     * Trains one setting from the seed (or from its latest checkpoint), evaluates it on the training and
     * validation splits, and writes {@code results/<name>.json} and {@code figures/<name>-curve.svg} under
     * {@code dir}. Returns null when the run was stopped early ({@code stopAfter}).
     */
    public static Run run(NameSplits data, Setting setting, Path dir, Training.Checkpoints checkpoints, int stopAfter) {
        Tensor.manualSeed(SEED);
        Sequential model = setting.architecture().build(setting.config());
        System.out.printf(Locale.ROOT, "08-wavenet %s: %,d parameters, %,d steps%n", setting.name(),
                model.parameterCount(), setting.schedule().steps());
        Lesson.Progress bar = new Lesson.Progress(setting.schedule().steps());
        Training.Outcome outcome = Training.train(model, data.train(), setting.schedule(), SEED, checkpoints,
                stopAfter, (step, loss) -> bar.update(step, loss));
        if (outcome.losses().length < setting.schedule().steps()) {
            System.out.printf(Locale.ROOT, "%nstopped at step %,d; run the same command again to continue%n",
                    outcome.losses().length);
            return null;
        }
        double train = Training.loss(model, data.train());
        double val = Training.loss(model, data.dev());
        Run run = new Run(setting.name(), setting.description(), model.parameterCount(),
                setting.schedule().steps(), outcome.wallSeconds(), train, val, setting.lectureTrain(),
                setting.lectureVal());
        System.out.printf(Locale.ROOT, "%s: train %.4f  val %.4f  (lecture: %.3f / %.3f)  %.0f s%s%n", run.name(),
                train, val, setting.lectureTrain(), setting.lectureVal(), run.wallSeconds(),
                outcome.resumedFrom() > 0 ? " (resumed from step " + outcome.resumedFrom() + ")" : "");
        Lesson.write(dir.resolve("results").resolve(run.name() + ".json"), json(setting, run) + "\n");
        Figures.curve(outcome.losses(), "training curve (" + run.name() + ")")
                .save(dir.resolve("figures").resolve(run.name() + "-curve.svg"));
        return run;
    }

    static String json(Setting setting, Run run) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("architecture", setting.architecture().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        s.put("blockSize", setting.config().blockSize());
        s.put("nEmbd", setting.config().nEmbd());
        s.put("nHidden", setting.config().nHidden());
        s.put("batchSize", setting.schedule().batchSize());
        s.put("lr", setting.schedule().lr());
        s.put("decayedLr", setting.schedule().decayedLr());
        s.put("decayStep", setting.schedule().decayStep());
        s.put("seed", SEED);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("module", LESSON.module());
        r.put("run", run.name());
        r.put("description", run.description());
        r.put("settings", s);
        r.put("parameters", run.parameters());
        r.put("steps", run.steps());
        r.put("wallSeconds", Math.round(run.wallSeconds() * 10) / 10.0);
        r.put("trainLoss", Math.round(run.trainLoss() * 10000) / 10000.0);
        r.put("valLoss", Math.round(run.valLoss() * 10000) / 10000.0);
        r.put("lectureTrain", run.lectureTrain());
        r.put("lectureVal", run.lectureVal());
        return Lesson.json(r, "");
    }
}
