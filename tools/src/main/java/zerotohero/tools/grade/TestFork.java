package zerotohero.tools.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import zerotohero.tools.check.TestOutcome;
import zerotohero.tools.check.TestRunner;

/**
 * The main class of the JVM that {@link ForkedTests} starts for a module: it runs the module's tests with
 * {@link TestRunner} and appends one JSON line per event to a file, flushed at once, so that whatever
 * happens to this JVM afterwards (a learner's {@code System.exit}, an out-of-memory crash, a kill after an
 * endless loop) everything reported before it is kept.
 *
 * <p>Arguments: optionally {@code --graded-only}, then the events file, the main classes, the test classes, the module's
 * {@code test-classpath.txt}, and a file of test unique ids to leave out (those that already ran), or
 * {@code -}. The last event is {@code done}; then the JVM halts, so that a thread the learner's code left
 * running cannot keep it alive.
 */
public final class TestFork {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The option that runs the graded tests only, leaving out e.g. architecture rules. */
    static final String GRADED_ONLY = "--graded-only";

    private TestFork() {
    }

    public static void main(String[] args) throws IOException {
        Runtime.getRuntime().halt(run(args));
    }

    /** Runs the tests and writes the events; returns the exit code (2: wrong arguments). */
    static int run(String[] arguments) throws IOException {
        boolean gradedOnly = arguments.length > 0 && arguments[0].equals(GRADED_ONLY);
        String[] args = gradedOnly ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length != 5) {
            System.err.println("usage: TestFork [--graded-only] EVENTS MAIN_CLASSES TEST_CLASSES TEST_CLASSPATH_FILE SKIP_FILE|-");
            return 2;
        }
        Set<String> skip = args[4].equals("-") ? Set.of()
                : Files.readAllLines(Path.of(args[4])).stream().filter(l -> !l.isBlank()).collect(Collectors.toSet());
        List<Path> classpath = Arrays.stream(Files.readString(Path.of(args[3])).strip().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        try (OutputStream events = Files.newOutputStream(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            Events sink = new Events(events);
            TestRunner.run(Path.of(args[1]), Path.of(args[2]), classpath, skip, gradedOnly, sink);
            sink.write(Map.of("event", "done"));
        }
        return 0;
    }

    /** Writes each event as one line of JSON and flushes it. */
    private record Events(OutputStream out) implements TestRunner.Listener {

        @Override
        public void planned(String id, String testClass, String method, Optional<String> exercise, long timeoutSeconds) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event", "plan");
            e.put("id", id);
            e.put("class", testClass);
            e.put("method", method);
            e.put("exercise", exercise.orElse(null));
            e.put("timeout", timeoutSeconds);
            write(e);
        }

        @Override
        public void started(String id) {
            write(Map.of("event", "start", "id", id));
        }

        @Override
        public void finished(String id, TestOutcome t) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event", "end");
            e.put("id", id);
            e.put("class", t.testClass());
            e.put("method", t.method());
            e.put("display", t.displayName());
            e.put("exercise", t.exercise().orElse(null));
            e.put("status", t.status().name());
            e.put("message", t.message());
            write(e);
        }

        void write(Map<String, Object> event) {
            try {
                synchronized (this) {
                    out.write((JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
