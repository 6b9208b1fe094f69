package zerotohero.kit.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a module's training and figure programs share: the module's folder (where figures and results go),
 * a console progress bar, and a small JSON writer for results files.
 *
 * @param module the module's folder name, e.g. "05-mlp"
 */
public record Lesson(String module) {

    /** modules/&lt;module&gt;, found by walking up from the working directory to the folder that holds mvnw. */
    public Path dir() {
        return dir(Path.of("").toAbsolutePath());
    }

    Path dir(Path from) {
        Path p = from;
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("run this from inside the repository (no mvnw found above " + from + ")");
        }
        return p.resolve("modules").resolve(module);
    }

    /**
     * The processor, as results files record it next to a time: its model name and how many cores the JVM
     * sees (from /proc/cpuinfo on Linux; the architecture elsewhere).
     */
    public static String cpu() {
        String model = System.getProperty("os.arch");
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.isReadable(info)) {
                model = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(model);
            }
        } catch (IOException | UncheckedIOException e) {
            // the architecture will do
        }
        return model + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /**
     * The most memory this process has held in RAM so far (Linux's VmHWM: Java heap, ND4J's native arrays
     * and everything else), in bytes; -1 where the system does not say.
     */
    public static long peakResidentBytes() {
        return procStatus("VmHWM:");
    }

    /** The memory this process holds in RAM now (Linux's VmRSS), in bytes; -1 where the system does not say. */
    public static long residentBytes() {
        return procStatus("VmRSS:");
    }

    private static long procStatus(String field) {
        try {
            Path status = Path.of("/proc/self/status");
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // not Linux, or not readable
        }
        return -1;
    }

    /** A one-line progress bar, redrawn at most every 1% of the run. */
    public static final class Progress {
        private final int total;
        private final PrintStream out;
        private final long start = System.nanoTime();
        private int shown = -1;

        public Progress(int total) {
            this(total, System.out);
        }

        Progress(int total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        /** Shows step (counting from 0) of the total and the latest loss. */
        public void update(int step, double loss) {
            int percent = (int) (100L * (step + 1) / total);
            if (percent == shown) {
                return;
            }
            shown = percent;
            double seconds = (System.nanoTime() - start) / 1e9;
            int filled = percent / 4;
            out.printf(Locale.ROOT, "\r[%s%s] %3d%% step %,d/%,d loss %.4f %.0fs",
                    "#".repeat(filled), " ".repeat(25 - filled), percent, step + 1, total, loss, seconds);
            if (step + 1 == total) {
                out.println();
            }
            out.flush();
        }
    }

    /** A JSON object from an ordered map of numbers, strings, booleans and nested maps. */
    public static String json(Map<String, ?> object, String indent) {
        StringJoiner out = new StringJoiner(",\n", "{\n", "\n" + indent + "}");
        object.forEach((key, value) -> out.add(indent + "  \"" + key + "\": " + value(value, indent + "  ")));
        return out.toString();
    }

    private static String value(Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, ?> map = (Map<String, ?>) m;
            return json(map, indent);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        return "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Writes a text file, creating its folders. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
