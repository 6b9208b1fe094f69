package zerotohero.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.grade.Grade;
import zerotohero.tools.grade.Gradebook;
import zerotohero.tools.grade.Grader;
import zerotohero.tools.grade.Limits;
import zerotohero.tools.grade.Points;
import zerotohero.tools.grade.Reports;
import zerotohero.tools.grade.TestsLock;

/**
 * {@code ./course grade}: the autograder's command line. Grades this copy of the course (or, with
 * {@code --batch}, a folder of copies), prints a table of points, writes the reports, and refuses with
 * {@code --strict} to grade tests that differ from {@code tests.lock}.
 */
final class GradeCommand {

    /** Exit code when --strict refuses a tree whose tests were changed. */
    static final int REFUSED = 3;

    private GradeCommand() {
    }

    /** The parsed options of {@code grade}. */
    record Args(List<String> modules, boolean solutions, boolean strict, Path testsFrom, Path out, boolean build,
            Path batch, int jobs, String expect, Limits limits) {

        /** Parses the options; relative paths are taken from {@code cwd}, where the command was typed. */
        static Args parse(List<String> args, Path cwd, Supplier<Path> course) {
            List<String> modules = new ArrayList<>();
            boolean solutions = false;
            boolean strict = false;
            boolean build = true;
            Path testsFrom = null;
            Path out = null;
            Path batch = null;
            int jobs = Runtime.getRuntime().availableProcessors();
            String expect = null;
            Limits d = Limits.DEFAULT;
            long moduleSeconds = d.moduleSeconds();
            int heap = d.heapMegabytes();
            long grace = d.graceSeconds();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--solutions" -> solutions = true;
                    case "--strict" -> strict = true;
                    case "--no-build" -> build = false;
                    case "--tests-from" -> testsFrom = cwd.resolve(value(args, ++i, a)).toAbsolutePath().normalize();
                    case "--out" -> out = cwd.resolve(value(args, ++i, a)).toAbsolutePath().normalize();
                    case "--batch" -> batch = cwd.resolve(value(args, ++i, a)).toAbsolutePath().normalize();
                    case "--jobs" -> jobs = number(value(args, ++i, a), a);
                    case "--expect" -> {
                        expect = value(args, ++i, a);
                        if (!expect.equals("full") && !expect.equals("zero")) {
                            throw new IllegalArgumentException("--expect takes full or zero, not '" + expect + "'");
                        }
                    }
                    case "--module-timeout" -> moduleSeconds = number(value(args, ++i, a), a);
                    case "--grace" -> grace = number(value(args, ++i, a), a);
                    case "--heap" -> heap = number(value(args, ++i, a), a);
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option '" + a + "' of grade (./course help grade lists them)");
                        }
                        modules.add(a);
                    }
                }
            }
            if (testsFrom != null && !build) {
                throw new IllegalArgumentException("--tests-from replaces the test sources, which must then be compiled:"
                        + " drop --no-build");
            }
            if (out == null) {
                out = batch != null ? batch : course.get().resolve(".course/grade");
            }
            return new Args(modules, solutions, strict, testsFrom, out, build, batch, jobs, expect,
                    new Limits(grace, d.defaultTestSeconds(), moduleSeconds, heap));
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }

        private static int number(String s, String option) {
            try {
                int n = Integer.parseInt(s);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a positive whole number, not '" + s + "'");
            }
        }
    }

    /** Runs {@code grade}; {@code course} finds the course's root, which batch mode does not need. */
    static int command(Path workingDir, Supplier<Path> course, List<String> rawArgs, Terminal t) {
        Args a = Args.parse(rawArgs, workingDir, course);
        if (a.batch() != null) {
            Gradebook.Book book = Gradebook.grade(a.batch(), a.out(), (dir, log) -> {
                Outcome o = gradeOne(dir, a, Gradebook.reports(a.out(), dir), new Terminal(log, log, null, false));
                if (o.grade() == null) {
                    throw new Gradebook.Refused(o.refusal());
                }
                return o.grade();
            }, a.jobs(), t.out);
            Gradebook.write(book, a.out());
            t.out.println("gradebook of " + book.submissions().size() + " submissions: "
                    + t.dim(a.out().resolve(Gradebook.CSV) + ", " + a.out().resolve(Gradebook.JSON)));
            return 0;
        }
        Outcome o = gradeOne(course.get(), a, a.out(), t);
        if (o.grade() == null) {
            return REFUSED;
        }
        table(o.grade(), t);
        t.out.println(t.dim("reports: " + a.out().resolve(Reports.GRADE_JSON) + ", " + Reports.SUMMARY_MD + ", "
                + Reports.RESULTS_JSON));
        return expectation(o.grade(), a.expect(), t);
    }

    /**
     * One copy graded, or refused.
     *
     * @param grade the grade, null when refused
     * @param refusal why it was refused, or empty
     */
    record Outcome(Grade grade, String refusal) {
    }

    static Outcome gradeOne(Path root, Args a, Path out, Terminal t) {
        String testsFrom = null;
        if (a.testsFrom() != null) {
            List<String> copied = TestsLock.copyPristine(a.testsFrom(), root);
            testsFrom = a.testsFrom().toString();
            t.out.println("tests, catalogs and grading library replaced by those of " + testsFrom + " (" + copied.size() + " files)");
        }
        TestsLock.Verification v = TestsLock.verify(root);
        if (a.strict() && !v.ok()) {
            String why = !v.present() ? "there is no " + TestsLock.FILE + " to check the tests against"
                    : "the tests differ from " + TestsLock.FILE + ":\n  " + String.join("\n  ", v.differences());
            t.err.println(t.red("refusing to grade (--strict): ") + why);
            t.err.println("Restore the course's tests (git checkout -- modules/*/src/test), or grade against pristine tests"
                    + " with --tests-from DIR.");
            return new Outcome(null, why);
        }
        List<ModuleLayout> modules = select(root, a.modules());
        Grader.Options options = new Grader.Options(a.solutions(), modules, a.build(), a.limits(),
                root.resolve(".course/grade-work"));
        t.out.println("grading " + (a.solutions() ? "the reference solutions" : "the exercises") + " of "
                + modules.size() + " module" + (modules.size() == 1 ? "" : "s") + " in forked JVMs"
                + (v.ok() ? "" : v.present() ? t.yellow(" (tests differ from " + TestsLock.FILE + ")") : ""));
        Grade g = Grader.grade(root, options, v, testsFrom, t.out);
        Reports.write(g, out);
        return new Outcome(g, "");
    }

    static List<ModuleLayout> select(Path root, List<String> names) {
        List<ModuleLayout> all = ModuleLayout.all(root);
        if (names.isEmpty()) {
            return all;
        }
        List<ModuleLayout> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(all.stream().filter(m -> m.name().equals(n) || m.name().startsWith(n + "-")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown module '" + n + "': the modules are "
                            + String.join(", ", all.stream().map(ModuleLayout::name).toList()))));
        }
        return chosen;
    }

    /** The points table: per module, then each exercise. */
    static void table(Grade g, Terminal t) {
        t.out.println();
        for (Grade.Module m : g.modules()) {
            t.out.printf("%-48s %10s  %s%n", t.bold(m.module()), Points.format(m.pointsEarned()) + " / " + m.pointsPossible(),
                    m.status().equals("graded") ? "" : t.red(m.status().replace('_', ' ')));
            for (Grade.Exercise e : m.exercises()) {
                String status = switch (e.status()) {
                    case "passed" -> t.green("passed");
                    case "not_started" -> t.yellow("not started");
                    case "error" -> t.red("error");
                    default -> t.red("failed");
                };
                t.out.printf("  %-5s %-40s %10s  %s %s%n", e.id(), cut(e.title(), 40),
                        Points.format(e.pointsEarned()) + " / " + e.pointsPossible(), status,
                        e.status().equals("passed") || e.status().equals("not_started") ? ""
                                : t.dim(cut(firstLine(e.message()), 90)));
            }
            List<Grade.Test> broken = m.checks().stream().filter(c -> !c.status().equals("passed")).toList();
            if (!broken.isEmpty()) {
                t.out.println("  " + t.yellow("module rules (no points): " + broken.size() + " of " + m.checks().size()
                        + " broken, e.g. " + broken.get(0).name() + ": " + cut(firstLine(broken.get(0).message()), 80)));
            }
        }
        t.out.println(t.bold(String.format("%-40s %10s", "total", Points.format(g.pointsEarned()) + " / " + g.pointsPossible())));
    }

    private static String firstLine(String s) {
        String x = s.strip();
        int nl = x.indexOf('\n');
        return nl < 0 ? x : x.substring(0, nl);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** {@code --expect full|zero}: a maintainer's assertion that the grader agrees with the self-check. */
    static int expectation(Grade g, String expect, Terminal t) {
        if (expect == null) {
            return 0;
        }
        boolean holds = expect.equals("full") ? g.pointsEarned() == g.pointsPossible() && g.pointsPossible() > 0
                : g.pointsEarned() == 0;
        if (!holds) {
            t.err.println(t.red("expected " + (expect.equals("full") ? "full marks" : "zero points") + " but the grade is "
                    + Points.format(g.pointsEarned()) + " / " + g.pointsPossible()));
            return 1;
        }
        t.out.println(t.green("as expected: " + (expect.equals("full") ? "full marks" : "zero points")));
        return 0;
    }
}
