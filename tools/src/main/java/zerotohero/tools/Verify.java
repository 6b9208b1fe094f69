package zerotohero.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zerotohero.grading.Catalog;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.check.TestOutcome;
import zerotohero.tools.grade.Build;
import zerotohero.tools.grade.ForkedTests;
import zerotohero.tools.grade.Grade;
import zerotohero.tools.grade.Grader;
import zerotohero.tools.grade.Limits;
import zerotohero.tools.grade.Points;

/**
 * {@code ./course verify}: brings a module's build up to date, runs its graded tests in a JVM of their own
 * (the grader's {@link ForkedTests}, so an endless loop or a {@code System.exit} in the learner's code
 * fails a test instead of hanging or ending the CLI), records the result in the progress store, and
 * says per exercise what passed and what to do next.
 */
final class Verify {

    /** Shorter than the grader's: a learner waits at the keyboard. */
    static final Limits LIMITS = new Limits(2, 60, 300, 1024, true);

    private Verify() {
    }

    /**
     * A module's run.
     *
     * @param built whether it compiled (if not, the errors have been shown and nothing ran)
     * @param exercises per catalog exercise, its score and status
     * @param tests per exercise id, its tests' results
     */
    record Run(boolean built, List<Grade.Exercise> exercises, Map<String, List<ForkedTests.TestResult>> tests) {
    }

    /** {@code verify [module|exercise]}; returns the exit code: 0 when what was asked for passes. */
    static int command(Workspace w, List<String> args) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("verify takes one module or exercise, e.g. ./course verify 03 or ./course verify 03.4");
        }
        String arg = args.isEmpty() ? null : args.get(0);
        Workspace.Found focus = arg != null && Workspace.isExerciseId(arg) ? w.exercise(arg) : null;
        ModuleLayout m = focus != null ? focus.module() : arg != null ? w.module(arg) : w.currentModule();
        Run run = run(w, m);
        if (!run.built()) {
            return 1;
        }
        Terminal t = w.term;
        if (focus != null) {
            Grade.Exercise e = find(run, focus.exercise().id());
            printExercise(t, e);
            printProblems(t, run.tests().get(e.id()), 3);
            if (!e.status().equals("passed")) {
                t.out.println("  " + t.dim("stuck? ./course hint " + e.id())); 
            }
            return e.status().equals("passed") ? 0 : 1;
        }
        t.out.println(t.bold(m.name()) + "  " + summary(t, run));
        for (Grade.Exercise e : run.exercises()) {
            printExercise(t, e);
        }
        Grade.Exercise next = run.exercises().stream().filter(e -> !e.status().equals("passed")).findFirst().orElse(null);
        if (next == null) {
            t.out.println(t.green("Every exercise of " + m.name() + " passes."));
            return 0;
        }
        t.out.println();
        t.out.println("next: " + t.bold(next.id() + " " + next.title()));
        printProblems(t, run.tests().get(next.id()), 2);
        t.out.println("  " + t.dim("./course hint " + next.id() + " for a hint, ./course watch to re-run on save"));
        return 1;
    }

    static Grade.Exercise find(Run run, String id) {
        return run.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    static String summary(Terminal t, Run run) {
        double earned = run.exercises().stream().mapToDouble(Grade.Exercise::pointsEarned).sum();
        int possible = run.exercises().stream().mapToInt(Grade.Exercise::pointsPossible).sum();
        long passed = run.exercises().stream().filter(e -> e.status().equals("passed")).count();
        return t.bar(possible == 0 ? 0 : earned / possible, 20) + " " + Points.format(earned) + "/" + possible
                + " points, " + passed + "/" + run.exercises().size() + " exercises";
    }

    static void printExercise(Terminal t, Grade.Exercise e) {
        t.out.printf("  %s %-5s %-47s %s%n", t.mark(state(e.status())), e.id(), e.title(),
                t.dim(Points.format(e.pointsEarned()) + "/" + e.pointsPossible() + " pts, " + e.testsPassed() + "/"
                        + e.testsTotal() + " tests"));
    }

    /** The first {@code max} tests that do not pass, each with its message: what was expected, what came back. */
    static void printProblems(Terminal t, List<ForkedTests.TestResult> tests, int max) {
        if (tests == null) {
            return;
        }
        List<ForkedTests.TestResult> bad = tests.stream()
                .filter(r -> r.outcome().status() != TestOutcome.Status.PASSED).toList();
        for (ForkedTests.TestResult r : bad.subList(0, Math.min(max, bad.size()))) {
            TestOutcome o = r.outcome();
            String label = o.status() == TestOutcome.Status.NOT_STARTED ? t.yellow("not started") : t.red("failed");
            t.out.println("  " + label + "  " + o.name() + (o.displayName().equals(o.method() + "()") || o.displayName().equals(o.method())
                    ? "" : t.dim("  (" + o.displayName() + ")")));
            String[] lines = o.message().strip().split("\\R");
            for (int i = 0; i < Math.min(lines.length, 12); i++) {
                t.out.println("      " + lines[i]);
            }
            if (lines.length > 12) {
                t.out.println("      " + t.dim("… (" + (lines.length - 12) + " more lines)"));
            }
        }
        if (bad.size() > max) {
            t.out.println("  " + t.dim("… and " + (bad.size() - max) + " more test" + (bad.size() - max == 1 ? "" : "s")
                    + " of this exercise"));
        }
    }

    /** The progress store's word for a grade status. */
    static String state(String status) {
        return switch (status) {
            case "passed" -> ProgressStore.PASSING;
            case "not_started" -> ProgressStore.TODO;
            default -> ProgressStore.FAILING;
        };
    }

    /** Builds the module if needed, runs its tests, records the progress. */
    static Run run(Workspace w, ModuleLayout m) {
        if (!build(w, m)) {
            return new Run(false, List.of(), Map.of());
        }
        ForkedTests.Run run = ForkedTests.run(m.stubClasses(), m.testClasses(),
                m.lesson().resolve("target/test-classpath.txt"), LIMITS, w.root.resolve(".course/run").resolve(m.name()));
        if (!run.error().isEmpty()) {
            w.term.err.println(w.term.red("could not run the tests of " + m.name() + ": ") + run.error());
            return new Run(false, List.of(), Map.of());
        }
        Catalog catalog = m.catalog();
        Map<String, List<ForkedTests.TestResult>> byExercise = new LinkedHashMap<>();
        Map<String, ProgressStore.Exercise> states = new LinkedHashMap<>();
        List<Grade.Exercise> exercises = catalog.exercises().stream().map(e -> {
            List<ForkedTests.TestResult> own = run.results().stream()
                    .filter(r -> r.outcome().exercise().filter(e.id()::equals).isPresent()).toList();
            byExercise.put(e.id(), own);
            Grade.Exercise g = Grader.score(e, own);
            states.put(e.id(), ProgressStore.exercise(state(g.status()), g.testsPassed(), g.testsTotal()));
            return g;
        }).toList();
        w.progress.record(m.name(), states);
        return new Run(true, exercises, byExercise);
    }

    /**
     * The first time, Maven builds the module (and resolves its class path); afterwards the JDK's compiler
     * recompiles what changed. Errors are shown with file, line and the offending source line.
     */
    static boolean build(Workspace w, ModuleLayout m) {
        Terminal t = w.term;
        boolean mavenBuilt = Files.isRegularFile(m.lesson().resolve("target/test-classpath.txt"));
        if (!mavenBuilt || !ModuleCompiler.available()) {
            t.err.println(t.dim("building " + m.name() + " with Maven" + (mavenBuilt ? "" : " (first run of this module, may take a minute)") + " ..."));
            Build.Result result = Build.maven(w.root, List.of("-q", "-B", "-DskipTests", "-Djacoco.skip=true",
                    "process-test-classes", "-pl", w.relative(m.lesson()), "-am"), 30);
            if (!result.ok()) {
                t.err.println(t.red(m.name() + " does not build:"));
                List<String> errors = result.errors();
                (errors.isEmpty() ? List.of(result.output().strip()) : errors).forEach(l -> t.err.println("  " + l));
                t.err.println("Fix the errors above, then run the command again.");
                return false;
            }
            if (!ModuleCompiler.available()) {
                return true;
            }
        }
        ModuleCompiler.Result r = ModuleCompiler.compileIfChanged(w.root, m);
        if (!r.ok()) {
            t.err.println(t.red(m.name() + " does not compile") + " (" + r.errors().size() + " error"
                    + (r.errors().size() == 1 ? "" : "s") + "):");
            for (String e : r.errors()) {
                t.err.println("  " + e.replace("\n", "\n  "));
            }
            t.err.println("Fix the errors above, then run the command again.");
        }
        return r.ok();
    }
}
