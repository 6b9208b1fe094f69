package zerotohero.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.grade.TestsLock;

/**
 * Recompiles a learner's module after an edit, in this JVM with the JDK's compiler: a second or less,
 * where a Maven run takes several. Maven builds the module once (it resolves the class path and writes
 * {@code target/test-classpath.txt}); after that only changed sources are recompiled here, into the same
 * {@code target/} folders Maven uses, with the same class path and release.
 *
 * <p>What changed is told by a fingerprint of the sources (path, size, time) kept in
 * {@code target/course-sources.txt}, so that a {@code mvn clean} or a switch of branch is noticed too.
 */
final class ModuleCompiler {

    private static final String STAMP = "target/course-sources.txt";

    private ModuleCompiler() {
    }

    /**
     * How it went.
     *
     * @param ok whether the module compiles
     * @param compiled whether anything was compiled (false: it was up to date)
     * @param errors compiler errors, each with its file, line, message and the source line
     */
    record Result(boolean ok, boolean compiled, List<String> errors) {
    }

    /** Whether this JVM has a compiler (a JDK, not a JRE). */
    static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    static Result compileIfChanged(Path root, ModuleLayout m) {
        Path lesson = m.lesson();
        List<Path> classpath = m.testClasspath(lesson);
        String mainPrint = fingerprint(lesson.resolve("src/main"));
        String testPrint = fingerprint(lesson.resolve("src/test"));
        List<String> stamp = readStamp(lesson);
        boolean mainStale = stamp.size() != 2 || !stamp.get(0).equals(mainPrint) || !Files.isDirectory(m.stubClasses());
        boolean testStale = stamp.size() != 2 || !stamp.get(1).equals(testPrint) || !Files.isDirectory(m.testClasses());
        List<String> errors = new ArrayList<>();
        if (mainStale) {
            errors.addAll(compile(root, lesson.resolve("src/main"), m.stubClasses(), classpath));
        }
        if (errors.isEmpty() && testStale) {
            List<Path> withMain = new ArrayList<>(classpath);
            withMain.add(0, m.stubClasses());
            errors.addAll(compile(root, lesson.resolve("src/test"), m.testClasses(), withMain));
        }
        if (errors.isEmpty() && (mainStale || testStale)) {
            try {
                Files.writeString(lesson.resolve(STAMP), mainPrint + "\n" + testPrint + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(errors.isEmpty(), mainStale || testStale, errors);
    }

    /** Compiles {@code src/xxx/java} into {@code out} (emptied first) and copies {@code src/xxx/resources}. */
    private static List<String> compile(Path root, Path src, Path out, List<Path> classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources = files(src.resolve("java"), ".java");
        try {
            TestsLock.deleteTree(out);
            Files.createDirectories(out);
            Path resources = src.resolve("resources");
            for (Path r : files(resources, "")) {
                Path to = out.resolve(resources.relativize(r).toString());
                Files.createDirectories(to.getParent());
                Files.copy(r, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "--release", "17", "-encoding", "UTF-8", "-proc:none",
                    "-implicit:none", "-cp", String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(describe(root, d));
                }
            }
            if (!ok && errors.isEmpty()) {
                errors.add("the compiler failed without saying why");
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code modules/03-micrograd/src/main/java/.../Value.java:42: ';' expected}, the line, and a caret. */
    private static String describe(Path root, Diagnostic<? extends JavaFileObject> d) {
        String where = "";
        String excerpt = "";
        if (d.getSource() != null) {
            Path file = Path.of(d.getSource().toUri());
            where = root.relativize(file).toString().replace('\\', '/') + ":" + d.getLineNumber() + ": ";
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                long n = d.getLineNumber();
                if (n >= 1 && n <= lines.size()) {
                    String line = lines.get((int) n - 1);
                    long col = Math.max(1, d.getColumnNumber());
                    excerpt = "\n    " + line + "\n    " + " ".repeat((int) Math.min(col - 1, line.length())) + "^";
                }
            } catch (IOException ignored) {
                // The message alone is still useful.
            }
        }
        return where + d.getMessage(Locale.ROOT) + excerpt;
    }

    private static String fingerprint(Path dir) {
        StringBuilder s = new StringBuilder();
        for (Path f : files(dir, "")) {
            try {
                s.append(dir.relativize(f)).append(' ').append(Files.size(f)).append(' ')
                        .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.toHexString(s.toString().hashCode()) + "-" + s.length();
    }

    private static List<String> readStamp(Path lesson) {
        try {
            Path stamp = lesson.resolve(STAMP);
            return Files.isRegularFile(stamp) ? Files.readAllLines(stamp) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
