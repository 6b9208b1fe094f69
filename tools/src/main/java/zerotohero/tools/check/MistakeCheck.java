package zerotohero.tools.check;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import zerotohero.grading.Catalog;
import zerotohero.grading.Mistakes;
import zerotohero.tools.grade.TestsLock;

/**
 * Proves that a module's graded tests catch the mistakes its {@code mistakes.yaml} declares.
 *
 * <p>For each mistake: copy the reference solution's compiled classes, make the mistake in the one source
 * file it names, recompile that file over the copy, and run the graded tests of the mistake's exercise.
 * The mistake is caught when at least one of them fails and a failure message contains every word the
 * entry expects; anything else is a {@link Problem} that says which.
 */
public final class MistakeCheck {

    /** What happened to one mistake. */
    public record Verdict(Mistakes.Mistake mistake, boolean caught, String detail) {
    }

    private MistakeCheck() {
    }

    /** Every declared mistake of the module, tried in order; the module's solution must already be built. */
    public static List<Verdict> run(ModuleLayout m, Catalog catalog) {
        Mistakes mistakes = Mistakes.read(m.lesson(), catalog);
        List<Verdict> verdicts = new ArrayList<>();
        for (Mistakes.Mistake mistake : mistakes.mistakes()) {
            verdicts.add(tryOne(m, mistake));
        }
        return verdicts;
    }

    /** The problems among the verdicts, in the self-check's terms. */
    public static List<Problem> problems(ModuleLayout m, List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> !v.caught())
                .map(v -> new Problem(m.name(), v.mistake().exercise(), Problem.MISTAKES_CAUGHT,
                        "mistake '" + v.mistake().id() + "' (" + v.mistake().description() + "): " + v.detail()))
                .toList();
    }

    static Verdict tryOne(ModuleLayout m, Mistakes.Mistake mistake) {
        Path source = m.solution().resolve(mistake.file());
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Verdict(mistake, false, "cannot read " + source + ": " + e.getMessage());
        }
        int at = text.indexOf(mistake.replace());
        if (at < 0 || text.indexOf(mistake.replace(), at + 1) >= 0) {
            return new Verdict(mistake, false, "its `replace` text occurs " + (at < 0 ? "nowhere" : "more than once")
                    + " in solutions/" + m.name() + "/" + mistake.file()
                    + ": the entry must name text that occurs exactly once (has the solution changed?)");
        }
        String wrong = text.substring(0, at) + mistake.with() + text.substring(at + mistake.replace().length());
        Path work = null;
        try {
            work = Files.createTempDirectory("mistake-" + mistake.id() + "-");
            Path classes = work.resolve("classes");
            copyTree(m.solutionClasses(), classes);
            Path file = work.resolve("src").resolve(mistake.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, wrong, StandardCharsets.UTF_8);
            List<Path> classpath = new ArrayList<>(m.testClasspath(m.solution()));
            classpath.add(0, classes);
            // kit and grading, as this JVM sees them, for a module built without Maven's class path file.
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                classpath.add(Path.of(entry));
            }
            String errors = compile(file, classes, classpath);
            if (errors != null) {
                return new Verdict(mistake, false, "the edited solution does not compile, so no test can catch it:\n"
                        + errors.strip());
            }
            List<TestOutcome> outcomes = TestRunner.runExercise(classes, m.solutionTestClasses(),
                    m.testClasspath(m.solution()), mistake.exercise());
            return judge(mistake, outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                try {
                    TestsLock.deleteTree(work);
                } catch (IOException ignored) {
                    // A temporary folder left behind is harmless.
                }
            }
        }
    }

    /** Caught: some graded test of the exercise failed, and one failure message holds every expected word. */
    static Verdict judge(Mistakes.Mistake mistake, List<TestOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new Verdict(mistake, false, "exercise " + mistake.exercise() + " has no graded tests to run");
        }
        List<TestOutcome> failed = outcomes.stream()
                .filter(t -> t.status() == TestOutcome.Status.FAILED || t.status() == TestOutcome.Status.ERROR)
                .toList();
        if (failed.isEmpty()) {
            return new Verdict(mistake, false, "all " + outcomes.size() + " graded tests of " + mistake.exercise()
                    + " pass with the mistake made: add a test that fails on it");
        }
        for (TestOutcome t : failed) {
            String message = t.message().toLowerCase(Locale.ROOT);
            if (mistake.expect().stream().allMatch(w -> message.contains(w.toLowerCase(Locale.ROOT)))) {
                return new Verdict(mistake, true, t.name());
            }
        }
        TestOutcome first = failed.get(0);
        return new Verdict(mistake, false, failed.size() + " test(s) fail, but no failure message contains all of "
                + mistake.expect() + "; " + first.name() + " says: " + first.message().strip().lines().findFirst().orElse(""));
    }

    private static String compile(Path file, Path out, List<Path> classpath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the mistakes check compiles Java: run it on a JDK, not a JRE");
        }
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "--release", "17", "-encoding", "UTF-8",
                    "-proc:none", "-implicit:none", "-nowarn", "-cp",
                    String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
            boolean ok = javac.getTask(log, files, null, options, null, files.getJavaFileObjectsFromPaths(List.of(file)))
                    .call();
            return ok ? null : log.toString();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
