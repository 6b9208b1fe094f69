package zerotohero.tools.grade;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import zerotohero.grading.Catalog;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.check.TestOutcome;
import zerotohero.tools.check.TestOutcome.Status;

/**
 * Grades one copy of the course: builds it, runs every module's graded tests in forked JVMs
 * ({@link ForkedTests}), and scores each exercise of each catalog by the share of its tests that pass.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * What to grade and how.
     *
     * @param solutions grade {@code solutions/NN} (the reference) instead of the learner's {@code modules/NN}
     * @param modules module names to grade; empty for all
     * @param build whether to build first (with the Maven Wrapper); without it, grade what is built
     * @param limits time and memory limits
     * @param work where scratch files go
     */
    public record Options(boolean solutions, List<ModuleLayout> modules, boolean build, Limits limits, Path work) {
    }

    /** Grades the modules of {@code options} under {@code root}; tells {@code log} what it is doing. */
    public static Grade grade(Path root, Options options, TestsLock.Verification integrity, String testsFrom,
            PrintStream log) {
        List<ModuleLayout> modules = options.modules();
        Map<String, List<String>> notCompiled = options.build() ? build(root, options, log) : Map.of();
        List<Grade.Module> graded = new ArrayList<>();
        for (ModuleLayout m : modules) {
            Grade.Module g = gradeModule(m, options, notCompiled, log);
            log.printf("  %-22s %6s / %-4d %s(%.1f s)%n", m.name(), Points.format(g.pointsEarned()), g.pointsPossible(),
                    g.status().equals("graded") ? "" : g.status().replace('_', ' ') + " ", g.durationSeconds());
            graded.add(g);
        }
        String lock = !integrity.present() ? "absent" : integrity.ok() ? "verified" : "changed";
        return new Grade(Grade.SCHEMA, courseVersion(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                options.solutions() ? "solutions" : "modules",
                new Grade.Integrity(lock, integrity.digest(), integrity.differences(), testsFrom),
                Points.round(graded.stream().mapToDouble(Grade.Module::pointsEarned).sum()),
                graded.stream().mapToInt(Grade.Module::pointsPossible).sum(), graded);
    }

    /** Builds the modules to grade in one Maven run; returns those that did not compile, with their errors. */
    private static Map<String, List<String>> build(Path root, Options options, PrintStream log) {
        List<String> projects = new ArrayList<>();
        for (ModuleLayout m : options.modules()) {
            Path dir = options.solutions() ? m.solution() : m.lesson();
            if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
                continue; // graded as not built: there is nothing to build
            }
            try {
                // A module that no longer compiles must not be graded on the classes of an older build.
                TestsLock.deleteTree(dir.resolve("target/classes"));
                TestsLock.deleteTree(dir.resolve("target/test-classes"));
                Files.deleteIfExists(dir.resolve("target/test-classpath.txt"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            projects.add(root.relativize(dir).toString().replace('\\', '/'));
        }
        if (projects.isEmpty()) {
            return Map.of();
        }
        log.println("building " + String.join(", ", projects) + " ...");
        List<String> args = new ArrayList<>(List.of("-q", "-B", "-fae", "-DskipTests", "-Djacoco.skip=true"));
        if (options.solutions()) {
            args.add("-Psolutions");
        }
        args.addAll(List.of("process-test-classes", "-pl", String.join(",", projects), "-am"));
        Build.Result result = Build.maven(root, args, 30);
        Map<String, List<String>> failed = new TreeMap<>();
        for (ModuleLayout m : options.modules()) {
            Path dir = options.solutions() ? m.solution() : m.lesson();
            if (Files.isRegularFile(dir.resolve("pom.xml")) && !Files.isRegularFile(dir.resolve("target/test-classpath.txt"))) {
                String prefix = root.toAbsolutePath() + java.io.File.separator;
                failed.put(m.name(), result.errors().stream()
                        .filter(l -> l.contains(m.name()) || !l.contains("/"))
                        .map(l -> l.replace(prefix, ""))
                        .limit(12).toList());
            }
        }
        return failed;
    }

    static Grade.Module gradeModule(ModuleLayout m, Options options, Map<String, List<String>> notCompiled,
            PrintStream log) {
        Catalog catalog = m.catalog();
        Path dir = options.solutions() ? m.solution() : m.lesson();
        Path main = dir.resolve("target/classes");
        Path tests = dir.resolve("target/test-classes");
        Path classpath = dir.resolve("target/test-classpath.txt");
        if (notCompiled.containsKey(m.name())) {
            List<String> errors = notCompiled.get(m.name());
            return unGraded(catalog, "not_compiled", m.name() + " does not compile"
                    + (errors.isEmpty() ? "" : ": " + String.join("\n", errors)));
        }
        if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
            return unGraded(catalog, "not_built", root(dir) + " does not exist in this copy of the course");
        }
        if (!Files.isDirectory(main) || !Files.isDirectory(tests) || !Files.isRegularFile(classpath)) {
            return unGraded(catalog, "not_built", m.name() + " is not built: run ./course grade without --no-build"
                    + " (or ./mvnw process-test-classes)");
        }
        ForkedTests.Run run = ForkedTests.run(main, tests, classpath, options.limits(),
                options.work().resolve(m.name()));
        if (!run.error().isEmpty()) {
            Grade.Module g = unGraded(catalog, "error", run.error());
            return new Grade.Module(g.module(), g.title(), g.status(), g.message(), 0, g.pointsPossible(),
                    Points.round(run.seconds()), g.exercises(), List.of());
        }
        List<Grade.Exercise> exercises = new ArrayList<>();
        for (Catalog.Entry e : catalog.exercises()) {
            exercises.add(score(e, run.results().stream()
                    .filter(r -> r.outcome().exercise().filter(e.id()::equals).isPresent()).toList()));
        }
        List<Grade.Test> checks = run.results().stream().filter(r -> !r.outcome().graded()).map(Grader::test).toList();
        return new Grade.Module(m.name(), catalog.title(), "graded", "",
                Points.round(exercises.stream().mapToDouble(Grade.Exercise::pointsEarned).sum()), catalog.totalPoints(),
                Points.round(run.seconds()), exercises, checks);
    }

    /** An exercise earns its points times the share of its tests that pass. */
    public static Grade.Exercise score(Catalog.Entry e, List<ForkedTests.TestResult> results) {
        List<Grade.Test> tests = results.stream().map(Grader::test).toList();
        double seconds = Points.round(results.stream().mapToDouble(ForkedTests.TestResult::seconds).sum());
        if (results.isEmpty()) {
            return new Grade.Exercise(e.id(), e.title(), 0, e.points(), "error",
                    "no graded test carries @Exercise(\"" + e.id() + "\"): were the tests changed?", 0, 0, 0, tests);
        }
        int passed = (int) results.stream().filter(r -> r.outcome().status() == Status.PASSED).count();
        double earned = Points.round(e.points() * (double) passed / results.size());
        List<TestOutcome> bad = results.stream().map(ForkedTests.TestResult::outcome)
                .filter(t -> t.status() != Status.PASSED).toList();
        String status;
        if (bad.isEmpty()) {
            status = "passed";
        } else if (bad.stream().anyMatch(t -> t.status() == Status.ERROR)) {
            status = "error";
        } else if (passed == 0 && bad.stream().allMatch(t -> t.status() == Status.NOT_STARTED)) {
            status = "not_started";
        } else {
            status = "failed";
        }
        TestOutcome first = bad.stream().filter(t -> t.status() == Status.ERROR).findFirst()
                .orElse(bad.isEmpty() ? null : bad.get(0));
        String message = first == null ? "" : first.name() + ": " + first.message();
        return new Grade.Exercise(e.id(), e.title(), earned, e.points(), status, message, passed, results.size(),
                seconds, tests);
    }

    private static Grade.Test test(ForkedTests.TestResult r) {
        return new Grade.Test(r.outcome().name(), r.outcome().status().name().toLowerCase(java.util.Locale.ROOT),
                r.outcome().message(), Points.round(r.seconds()));
    }

    private static Grade.Module unGraded(Catalog catalog, String status, String message) {
        List<Grade.Exercise> exercises = catalog.exercises().stream()
                .map(e -> new Grade.Exercise(e.id(), e.title(), 0, e.points(), "error", message, 0, 0, 0, List.of()))
                .toList();
        return new Grade.Module(catalog.module(), catalog.title(), status, message, 0, catalog.totalPoints(), 0,
                exercises, List.of());
    }

    /** {@code solutions/NN-name} of {@code .../solutions/NN-name}: how a learner names the folder. */
    private static String root(Path dir) {
        return dir.getParent().getFileName() + "/" + dir.getFileName();
    }

    /** The course's version, from the build ({@code course.properties}). */
    public static String courseVersion() {
        try (InputStream in = Grader.class.getResourceAsStream("/zerotohero/tools/course.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
