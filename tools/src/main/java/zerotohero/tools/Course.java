package zerotohero.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import zerotohero.tools.check.CheckFork;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.check.MutationScore;
import zerotohero.tools.check.Problem;
import zerotohero.tools.check.SelfCheck;
import zerotohero.tools.grade.TestsLock;

/**
 * The {@code ./course} command: the learner's guide through the course (syllabus, verify, watch, hint,
 * reset, solution), the instructor's autograder ({@code grade}, {@code lock}) and the maintainers'
 * self-check ({@code check}). A small hand-written argument parser: each command takes few options.
 */
public final class Course {

    private Course() {
    }

    public static void main(String[] args) {
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.Charset.defaultCharset()));
        System.exit(run(args, Path.of("").toAbsolutePath(), System.out, System.err, in,
                System.console() != null, System.getenv()));
    }

    /** Runs a command without a keyboard or colours (tests, scripts); returns the process exit code. */
    static int run(String[] args, Path workingDir, PrintStream out, PrintStream err) {
        return run(args, workingDir, out, err, new java.io.BufferedReader(new java.io.StringReader("")), false, Map.of());
    }

    /** Runs a command; returns the process exit code: 0 done, 1 not (yet) passing, 2 usage error, 3 refused. */
    static int run(String[] args, Path workingDir, PrintStream out, PrintStream err, java.io.BufferedReader in,
            boolean console, Map<String, String> env) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        boolean noColor = all.remove("--no-color");
        Terminal term = new Terminal(out, err, in, Terminal.wantsColor(console, env, noColor));
        String command = all.isEmpty() ? "" : all.get(0);
        List<String> rest = all.isEmpty() ? List.of() : all.subList(1, all.size());
        try {
            return switch (command) {
                case "" -> Syllabus.home(new Workspace(root(workingDir), term));
                case "list" -> Syllabus.list(new Workspace(root(workingDir), term));
                case "verify" -> Verify.command(new Workspace(root(workingDir), term), rest);
                case "watch" -> Watch.command(new Workspace(root(workingDir), term), rest);
                case "hint" -> Syllabus.hint(new Workspace(root(workingDir), term), rest);
                case "reset" -> Reset.command(new Workspace(root(workingDir), term), rest);
                case "solution" -> Syllabus.solution(new Workspace(root(workingDir), term), rest);
                case "grade" -> GradeCommand.command(workingDir, () -> root(workingDir), rest, term);
                case "lock" -> lock(root(workingDir), rest, term);
                case "check" -> check(root(workingDir), rest, out);
                case "mutation" -> mutation(root(workingDir), rest, out);
                case "train" -> Programs.train(root(workingDir), rest, out);
                case "figures" -> Programs.figures(root(workingDir), rest, out);
                case "run" -> Programs.program(root(workingDir), rest, out);
                case "bench" -> Programs.bench(root(workingDir), rest, out);
                case "help", "-h", "--help" -> help(out);
                default -> {
                    err.println("unknown command '" + command + "'");
                    help(err);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int help(PrintStream out) {
        out.println("""
                usage: ./course [command] [--no-color]

                Learners
                  (no command)        the syllabus with your progress, and the next exercise to solve
                  list                every module and exercise with its state (passing, failing, todo)
                  verify [NN|NN.k]    compile and run a module's graded tests (default: the current module),
                                      or one exercise's, and say what to do next
                  watch [NN]          re-run the current exercise's tests on every save (Enter re-runs, q quits)
                  hint NN.k           the exercise's hints, where to read and what to edit
                  reset NN.k          restore the exercise's stub files (asks first, keeps a backup)
                  solution NN.k       the reference solution, once your own passes

                Running a module's programs (on your code in modules/NN; --solution for the reference)
                  train NN [run...] [--steps N]   the module's full training runs (its Train or Experiments
                                      program), with a progress bar; results JSON in modules/NN/results
                  figures NN          redraw the module's figures from its code and results
                  run NN Program [args]   any program of a module, e.g. ./course run 09 Generate
                  bench [kit|tokenizer] [args]   kit's training steps against PyTorch on this machine
                                      (kit/bench/compare.sh [rounds] [BLAS threads]), and 10's tokenizer
                                      against minbpe's times and JTokkit
                  bench runs [rounds] [NN...]   each full run's own loop against the same loop in
                                      PyTorch, ms per step and peak memory (kit/bench/full_runs.sh)

                Instructors and maintainers
                  grade [NN...]       grade in forked JVMs with time and memory limits: a points table, and
                                      grade.json, summary.md, results.json in --out (default .course/grade)
                      --strict            refuse to grade if tests differ from tests.lock
                      --tests-from DIR    first copy the pristine tests of the course copy DIR over these
                      --batch DIR         grade every sub-folder of DIR (one copy of the course each) into
                                          gradebook.csv and gradebook.json, --jobs N at a time
                      --solutions         grade the reference solutions instead of modules/
                      --no-build          grade what is built (after ./mvnw verify) instead of building first
                      --expect full|zero  exit 1 unless every exercise earned full marks / nothing
                      --module-timeout S  seconds a module may take (default 600); --heap MB (default 1024)
                  lock [--check]      write tests.lock (sha256 of every test, catalog and the grading library),
                                      or check that it is up to date
                  check [module...]   the course's self-check: every graded test passes on the reference
                                      solution and fails on the stubs, stubs and solution share one API,
                                      exercises start as Todo, catalog and tests agree, module rules hold,
                                      known mistakes (mistakes.yaml) are caught. Run ./mvnw -B verify
                                      -Psolutions first. One line per module, and its problems; what the
                                      tests print goes to target/course-check.log.
                  mutation [NN...|kit] mutation testing (PIT) of the exercise files with the graded tests (of kit
                                      with its own tests, threshold 85%): the
                                      share of mutants killed, equivalent mutants (equivalent-mutants.yaml)
                                      aside; report in solutions/NN/target/pit-reports/index.html, score
                                      recorded in modules/NN/mutation-score.json
                      --threshold P       exit 1 if a module scores under P percent (default 90)
                      --check             run no PIT: every recorded score is current and at the threshold
                      --spot-check        PIT on one module, a different one each day, against the threshold
                """);
        return 0;
    }

    /** {@code lock}: writes tests.lock; {@code lock --check}: fails unless it matches the tree. */
    static int lock(Path root, List<String> args, Terminal t) {
        if (args.equals(List.of("--check"))) {
            TestsLock.Verification v = TestsLock.verify(root);
            if (v.ok()) {
                t.out.println(TestsLock.FILE + " is up to date");
                return 0;
            }
            t.err.println(t.red(TestsLock.FILE + " is out of date") + (v.present() ? ":\n  " + String.join("\n  ", v.differences()) : " (it is missing)"));
            t.err.println("If these changes to the tests are intended, run ./course lock and commit " + TestsLock.FILE + ".");
            return 1;
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("lock takes no arguments but --check");
        }
        int n = TestsLock.write(root);
        t.out.println("wrote " + TestsLock.FILE + ": sha256 of " + n + " files (tests, catalogs, grading library)");
        return 0;
    }

    static int check(Path root, List<String> only, PrintStream out) {
        List<ModuleLayout> modules = ModuleLayout.all(root).stream()
                .filter(m -> only.isEmpty() || only.stream().anyMatch(o -> m.name().equals(o) || m.name().startsWith(o + "-")))
                .toList();
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("no module matches " + only + " under " + root.resolve("modules"));
        }
        int problems = 0;
        long start = System.nanoTime();
        // What the tests print (ND4J's messages, progress bars, samples) goes to a log, not between the verdicts.
        Path log = root.resolve("target").resolve("course-check.log");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "./course check " + String.join(" ", only) + ": what the tests printed, module by module\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + log, e);
        }
        for (ModuleLayout m : modules) {
            SelfCheck.Report r = CheckFork.check(root, m, log);
            if (r.ok()) {
                out.printf("ok    %-20s %d exercises, %d graded tests, %d known mistakes caught: pass on the solution, "
                        + "fail on the stubs; API, Todo markers, catalog and rules agree%n", r.module(), r.exercises(),
                        r.gradedTests(), r.mistakes().size());
            } else {
                out.printf("FAIL  %-20s %d problem%s%n", r.module(), r.problems().size(), r.problems().size() == 1 ? "" : "s");
                for (Problem p : r.problems()) {
                    out.println("      - " + p);
                }
            }
            problems += r.problems().size();
        }
        out.printf("self-check of %d module%s: %s (%.1f s)%n", modules.size(), modules.size() == 1 ? "" : "s",
                problems == 0 ? "all rules hold" : problems + " problem" + (problems == 1 ? "" : "s"),
                (System.nanoTime() - start) / 1e9);
        out.println("what the tests printed: " + log);
        return problems == 0 ? 0 : 1;
    }

    static final double SPOT_CHECK_SECONDS = 600;

    /** kit is scored with its own unit tests, which check its maths rather than a learner's. */
    static final double KIT_THRESHOLD = 85;

    /**
     * {@code mutation}: PIT over each module's exercise files, scored against its equivalent mutants, and the
     * score recorded next to the catalog. {@code --check} runs no PIT: it checks that every module's recorded
     * score is current and at or above the threshold. {@code --spot-check} runs PIT on one module, a different
     * one each day, and checks the fresh score against the threshold.
     */
    static int mutation(Path root, List<String> args, PrintStream out) {
        List<String> only = new ArrayList<>(args);
        double threshold = 90;
        int t = only.indexOf("--threshold");
        if (t >= 0) {
            if (t + 1 >= only.size()) {
                throw new IllegalArgumentException("--threshold needs a percentage, e.g. --threshold 90");
            }
            threshold = Double.parseDouble(only.get(t + 1));
            only.subList(t, t + 2).clear();
        }
        boolean check = only.remove("--check");
        boolean spot = only.remove("--spot-check");
        boolean kit = only.isEmpty() || only.remove("kit");
        boolean anyModule = args.stream().noneMatch(a -> a.equals("kit")) || !only.isEmpty();
        List<MutationScore.Subject> subjects = new ArrayList<>();
        if (anyModule) {
            double moduleThreshold = threshold;
            List<ModuleLayout> modules = ModuleLayout.all(root).stream()
                    .filter(m -> only.isEmpty() || only.stream().anyMatch(o -> m.name().equals(o) || m.name().startsWith(o + "-")))
                    .toList();
            if (modules.isEmpty()) {
                throw new IllegalArgumentException("no module matches " + only + " under " + root.resolve("modules"));
            }
            modules.forEach(m -> subjects.add(MutationScore.Subject.module(m, moduleThreshold)));
        }
        if (kit) {
            subjects.add(MutationScore.Subject.kit(root, t >= 0 ? threshold : KIT_THRESHOLD));
        }
        if (check) {
            return checkRecorded(subjects, out);
        }
        List<MutationScore.Subject> chosen = subjects;
        if (spot) {
            // CI's time is bounded: the rotation leaves out what took over ten minutes when last measured.
            List<MutationScore.Subject> quick = subjects.stream().filter(s -> s.recorded()
                    .map(r -> r.seconds() <= SPOT_CHECK_SECONDS).orElse(true)).toList();
            quick = quick.isEmpty() ? subjects : quick;
            chosen = List.of(quick.get(java.time.LocalDate.now().getDayOfYear() % quick.size()));
            out.println("spot check: PIT on " + chosen.get(0).name() + " (a different one each day)");
        }
        int below = 0;
        for (MutationScore.Subject s : chosen) {
            long start = System.nanoTime();
            zerotohero.tools.grade.Build.Result build = zerotohero.tools.grade.Build.maven(root, s.maven(), 60);
            if (!build.ok()) {
                out.printf("FAIL  %-20s PIT did not run:%n", s.name());
                build.errors().stream().limit(10).forEach(e -> out.println("      " + e));
                below++;
                continue;
            }
            MutationScore score = s.score();
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean ok = score.percent() >= s.threshold();
            below += ok ? 0 : 1;
            if (!spot) {
                s.write(score, seconds);
            }
            out.printf(java.util.Locale.ROOT, "%-5s %-20s %5.1f%% killed (threshold %.0f%%): %d mutants, %d killed, "
                    + "%d equivalent, %d survived (%.0f s)%n", ok ? "ok" : "LOW", s.name(), score.percent(),
                    s.threshold(), score.generated(), score.killed(), score.equivalent(), score.survivors().size(), seconds);
            for (MutationScore.Mutant m : score.survivors()) {
                out.println("      - " + m);
            }
        }
        out.printf(java.util.Locale.ROOT, "mutation testing of %d: %s%n", chosen.size(),
                below == 0 ? "all at or above the threshold" : below + " below the threshold");
        return below == 0 ? 0 : 1;
    }

    private static int checkRecorded(List<MutationScore.Subject> subjects, PrintStream out) {
        int problems = 0;
        for (MutationScore.Subject s : subjects) {
            java.util.Optional<String> problem = s.recordProblem();
            if (problem.isPresent()) {
                problems++;
                out.printf("FAIL  %-20s %s%n", s.name(), problem.get());
            } else {
                MutationScore.Recorded r = s.recorded().orElseThrow();
                out.printf(java.util.Locale.ROOT, "ok    %-20s %5.1f%% killed (%d mutants, %d equivalent), measured %s%n",
                        s.name(), r.percent(), r.generated(), r.equivalent(), r.measured());
            }
        }
        out.printf("recorded mutation scores of %d: %s%n", subjects.size(),
                problems == 0 ? "all current and at or above their thresholds" : problems + " to fix");
        return problems == 0 ? 0 : 1;
    }

    /**
     * The course's root: the nearest folder, from {@code dir} upwards, holding mvnw and modules/; else the
     * folder of the launcher script ({@code -Dcourse.root}), so that {@code ~/zero-to-hero/course} works
     * from anywhere.
     */
    static Path root(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("modules"))) {
                return d;
            }
        }
        String launcher = System.getProperty("course.root");
        if (launcher != null && Files.isDirectory(Path.of(launcher).resolve("modules"))) {
            return Path.of(launcher);
        }
        throw new IllegalArgumentException(dir + " is not inside the course: run ./course from the repository");
    }
}
