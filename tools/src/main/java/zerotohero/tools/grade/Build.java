package zerotohero.tools.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the course's Maven Wrapper, the one build tool a learner has. Its output is captured, not shown:
 * callers pick out what matters (compiler errors) and say it plainly.
 */
public final class Build {

    private Build() {
    }

    /**
     * How a build went.
     *
     * @param ok whether Maven exited with 0
     * @param output everything it printed
     */
    public record Result(boolean ok, String output) {

        /** The lines that report errors, e.g. compiler errors, without Maven's advice on how to rerun it. */
        public List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (String line : output.split("\\R")) {
                String l = line.strip();
                if (l.startsWith("[ERROR] ") && !l.startsWith("[ERROR] -> ") && !l.contains("re-run Maven")
                        && !l.contains("Re-run Maven") && !l.contains("For more information about the errors")
                        && !l.startsWith("[ERROR] After correcting") && !l.startsWith("[ERROR]   mvn ")
                        && !l.contains("Failed to execute goal") && !l.equals("[ERROR]")
                        && !l.contains("COMPILATION ERROR")) {
                    errors.add(l.substring("[ERROR] ".length()));
                } else if (l.contains("ERROR") && l.contains(".java")) {
                    errors.add(l);
                }
            }
            return errors.stream().distinct().toList();
        }
    }

    /** Runs {@code mvnw} in {@code root} with {@code args}, waiting at most {@code timeoutMinutes}. */
    public static Result maven(Path root, List<String> args, long timeoutMinutes) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>();
        if (windows) {
            command.addAll(List.of("cmd", "/c", root.resolve("mvnw.cmd").toString()));
        } else {
            command.add(root.resolve("mvnw").toString());
        }
        command.addAll(args);
        try {
            Path log = Files.createTempFile("course-build", ".log");
            try {
                Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                p.getOutputStream().close();
                if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                    ForkedTests.kill(p);
                    return new Result(false, "the build took longer than " + timeoutMinutes + " minutes and was stopped");
                }
                return new Result(p.exitValue() == 0, Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "the build was interrupted");
        }
    }
}
