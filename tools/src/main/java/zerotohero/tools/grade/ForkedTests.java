package zerotohero.tools.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zerotohero.tools.check.TestOutcome;
import zerotohero.tools.check.TestOutcome.Status;

/**
 * Runs a module's tests in JVMs of their own, so that no learner's code can hang or end the caller.
 *
 * <p>A fork ({@link TestFork}) reports each test as it is planned, starts and ends. This class watches
 * those events: a test running past its limit gets its JVM destroyed (with every process it started);
 * a JVM that ends without saying {@code done} ({@code System.exit}, out of memory, a crash) is blamed on
 * the test that was running. Either way that one test is marked {@link Status#ERROR} with the reason, and
 * a new fork runs the tests not yet run, so one bad exercise costs its own points only. The module as a
 * whole has a time limit too; what has not run by then earns nothing.
 */
public final class ForkedTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 20;

    private ForkedTests() {
    }

    /**
     * One test's result.
     *
     * @param outcome what happened to it
     * @param seconds how long it ran, as the grader saw it
     */
    public record TestResult(TestOutcome outcome, double seconds) {
    }

    /**
     * A module's run.
     *
     * @param results one per test, in the order they ran
     * @param error why no test could run at all, or empty
     * @param seconds the whole run's time
     */
    public record Run(List<TestResult> results, String error, double seconds) {
    }

    private record Planned(String testClass, String method, Optional<String> exercise, long timeoutSeconds) {
        TestOutcome outcome(Status status, String message) {
            return new TestOutcome(testClass, method, method, exercise, status, message);
        }
    }

    /** Runs the tests in {@code testClasses} against {@code mainClasses}; scratch files go to {@code work}. */
    public static Run run(Path mainClasses, Path testClasses, Path classpathFile, Limits limits, Path work) {
        return new Session(mainClasses, testClasses, classpathFile, limits, work).run();
    }

    /** The state of one module's run across its forks. */
    private static final class Session {
        final Path mainClasses;
        final Path testClasses;
        final Path classpathFile;
        final Limits limits;
        final Path work;
        final Map<String, Planned> plan = new LinkedHashMap<>();
        final Map<String, TestResult> ended = new LinkedHashMap<>();
        final Map<String, TestOutcome> classFailures = new LinkedHashMap<>();
        final long start = System.nanoTime();
        final long deadline;
        String running;
        long runningSince;
        boolean done;

        Session(Path mainClasses, Path testClasses, Path classpathFile, Limits limits, Path work) {
            this.mainClasses = mainClasses;
            this.testClasses = testClasses;
            this.classpathFile = classpathFile;
            this.limits = limits;
            this.work = work;
            this.deadline = start + limits.moduleSeconds() * 1_000_000_000L;
        }

        Run run() {
            String error = "";
            try {
                Files.createDirectories(work);
                for (int attempt = 1; !done; attempt++) {
                    String stopped = fork(attempt);
                    if (stopped.isEmpty()) {
                        break;
                    }
                    if (plan.isEmpty() && ended.isEmpty()) {
                        error = "the test JVM ended before it ran any test: " + stopped;
                        break;
                    }
                    if (running != null) {
                        end(running, Status.ERROR, stopped);
                        running = null;
                    }
                    if (System.nanoTime() > deadline || ended.keySet().containsAll(plan.keySet())) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<String, Planned> p : plan.entrySet()) {
                if (!ended.containsKey(p.getKey())) {
                    TestOutcome failure = classFailures.get(p.getValue().testClass());
                    ended.put(p.getKey(), new TestResult(failure != null
                            ? p.getValue().outcome(failure.status(), failure.message())
                            : p.getValue().outcome(Status.ERROR, System.nanoTime() > deadline
                                    ? "not run: the module's time limit of " + limits.moduleSeconds() + " s was reached"
                                    : "not run: the test JVM ended before it reached this test"), 0));
                }
            }
            return new Run(List.copyOf(ended.values()), error, (System.nanoTime() - start) / 1e9);
        }

        /** Runs one JVM over the tests not yet ended; returns why it stopped early, or "" if it finished. */
        private String fork(int attempt) throws IOException {
            Path events = work.resolve("events-" + attempt + ".jsonl");
            Path log = work.resolve("fork-" + attempt + ".log");
            Path skip = work.resolve("skip-" + attempt + ".txt");
            Files.deleteIfExists(events);
            Files.write(skip, ended.keySet());
            List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + limits.heapMegabytes() + "m",
                    "-XX:+ExitOnOutOfMemoryError"));
            if (limits.quickStart()) {
                command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), TestFork.class.getName()));
            if (limits.quickStart()) {
                command.add(TestFork.GRADED_ONLY);
            }
            command.addAll(List.of(
                    events.toString(), mainClasses.toString(), testClasses.toString(), classpathFile.toString(),
                    skip.toString()));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = pb.start();
            process.getOutputStream().close();
            int read = 0;
            try {
                while (true) {
                    boolean alive = process.isAlive();
                    read = readEvents(events, read);
                    if (done) {
                        process.waitFor();
                        return "";
                    }
                    if (!alive) {
                        return died(process.exitValue(), log);
                    }
                    long now = System.nanoTime();
                    if (running != null) {
                        // A dynamic test (a @TestFactory's) is not in the plan: it has the module's limits only.
                        Planned planned = plan.get(running);
                        long allowed = limits.forTest(planned == null ? 0 : planned.timeoutSeconds());
                        if (now - runningSince > allowed * 1_000_000_000L) {
                            kill(process);
                            long declared = planned == null ? 0 : planned.timeoutSeconds();
                            if (planned == null) {
                                plan.put(running, new Planned("", running, Optional.empty(), 0));
                            }
                            return "timed out: still running after " + allowed + " s"
                                    + (declared > 0 ? " (the test allows " + declared + " s)" : "")
                                    + ". An endless loop? Check that every loop reaches its exit condition.";
                        }
                    }
                    if (now > deadline) {
                        kill(process);
                        return "stopped: the module's time limit of " + limits.moduleSeconds() + " s was reached";
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                kill(process);
                Thread.currentThread().interrupt();
                return "stopped: the grader was interrupted";
            }
        }

        private String died(int exitCode, Path log) throws IOException {
            String output = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (output.contains("OutOfMemoryError")) {
                return "ran out of memory (the grader allows -Xmx" + limits.heapMegabytes() + "m): a list or array that"
                        + " grows without end, or a graph that is copied at every step?";
            }
            if (running != null) {
                return "the test JVM ended during this test with exit code " + exitCode
                        + ": does the code call System.exit? Throw an exception instead." + tail(output);
            }
            return "the test JVM ended with exit code " + exitCode + tail(output);
        }

        private static String tail(String output) {
            String s = output.strip();
            if (s.isEmpty()) {
                return "";
            }
            String[] lines = s.split("\\R");
            return " (it printed: " + String.join(" / ", List.of(lines).subList(Math.max(0, lines.length - 3), lines.length)) + ")";
        }

        /** Handles the complete lines after the first {@code read} ones; returns how many have been read. */
        private int readEvents(Path events, int read) throws IOException {
            if (!Files.isRegularFile(events)) {
                return read;
            }
            String text = Files.readString(events, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            int complete = lines.length - 1; // the last piece is a line still being written, or ""
            for (int i = read; i < complete; i++) {
                handle(JSON.readTree(lines[i]));
            }
            return Math.max(read, complete);
        }

        private void handle(JsonNode e) {
            String id = e.path("id").asText();
            switch (e.path("event").asText()) {
                case "plan" -> plan.putIfAbsent(id, new Planned(e.path("class").asText(), e.path("method").asText(),
                        optional(e.path("exercise")), e.path("timeout").asLong()));
                case "start" -> {
                    running = id;
                    runningSince = System.nanoTime();
                }
                case "end" -> {
                    TestOutcome t = new TestOutcome(e.path("class").asText(), e.path("method").asText(),
                            e.path("display").asText(), optional(e.path("exercise")),
                            Status.valueOf(e.path("status").asText()), e.path("message").asText());
                    if (!plan.containsKey(id) && !t.method().equals("(class)")) {
                        // A test registered while running (a @TestFactory's dynamic test): planned as it ends.
                        plan.put(id, new Planned(t.testClass(), t.method(), t.exercise(), 0));
                    }
                    if (plan.containsKey(id)) {
                        double seconds = id.equals(running) ? (System.nanoTime() - runningSince) / 1e9 : 0;
                        ended.put(id, new TestResult(t, seconds));
                    } else {
                        classFailures.put(t.testClass(), t);
                    }
                    if (id.equals(running)) {
                        running = null;
                    }
                }
                case "done" -> done = true;
                default -> throw new IllegalStateException("unknown event from the test JVM: " + e);
            }
        }

        private void end(String id, Status status, String message) {
            double seconds = (System.nanoTime() - runningSince) / 1e9;
            ended.put(id, new TestResult(plan.get(id).outcome(status, message), seconds));
        }

        private static Optional<String> optional(JsonNode node) {
            return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asText());
        }
    }

    /** Destroys the process and everything it started. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The java launcher of the running JVM, so that forks run on the same JDK. */
    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
