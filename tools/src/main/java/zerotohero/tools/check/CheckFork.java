package zerotohero.tools.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the self-check of one module in a JVM of its own, so that what its tests print (ND4J's start-up
 * messages and native warnings, the smoke runs' progress bars and samples) goes to a log file instead of
 * between the check's verdicts. Native libraries write to the process's own standard output, which no
 * {@code System.setOut} can catch; a child process whose output is a file can.
 *
 * <p>The child writes its {@link SelfCheck.Report} as JSON to a file the parent names, and the parent
 * reads it back. A child that ends without a report (a crash, an exit from a test) is itself a problem.
 */
public final class CheckFork {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckFork() {
    }

    /** In the child: {@code <course root> <module> <report file>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CheckFork <course root> <module> <report file>");
        }
        SelfCheck.Report report = SelfCheck.check(ModuleLayout.of(Path.of(args[0]), args[1]));
        JSON.writeValue(Path.of(args[2]).toFile(), report);
        System.out.flush();
        System.exit(0);
    }

    /**
     * In the parent: checks {@code module} in a child JVM, appending everything it prints to {@code log},
     * and returns its report.
     */
    public static SelfCheck.Report check(Path root, ModuleLayout module, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Path report = Files.createTempFile(log.toAbsolutePath().getParent(), "check-" + module.name() + "-", ".json");
            try {
                Files.writeString(log, "\n==== self-check of " + module.name() + " ====\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                        CheckFork.class.getName(), root.toString(), module.name(), report.toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
                process.getOutputStream().close();
                int exit = waitFor(process);
                if (Files.size(report) == 0) {
                    return new SelfCheck.Report(module.name(), 0, 0, List.of(new Problem(module.name(), "-",
                            Problem.BUILT, "the check's JVM ended (exit code " + exit + ") without a report: see "
                                    + log + " for what it printed")), List.of());
                }
                return JSON.readValue(report.toFile(), SelfCheck.Report.class);
            } finally {
                Files.deleteIfExists(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the self-check of " + module.name() + " in a JVM of its own", e);
        }
    }

    private static int waitFor(Process process) {
        try {
            process.waitFor();
            return process.exitValue();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }

    /** The java launcher of the running JVM, so that the child runs on the same JDK. */
    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
