package zerotohero.tools.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the {@code throw new Todo("NN.k")} markers in a module's stub sources. */
final class TodoScan {

    private static final Pattern TODO = Pattern.compile("new\\s+Todo\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private TodoScan() {
    }

    /**
     * One marker.
     *
     * @param exercise the id it names
     * @param file the source file, relative to the module folder (as the catalog names files)
     * @param line its line number
     */
    record Marker(String exercise, String file, int line) {
    }

    static List<Marker> markers(Path moduleDir, Path sources) {
        List<Marker> markers = new ArrayList<>();
        if (!Files.isDirectory(sources)) {
            return markers;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = TODO.matcher(lines.get(i));
                    while (m.find()) {
                        markers.add(new Marker(m.group(1), moduleDir.relativize(file).toString().replace('\\', '/'), i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers;
    }
}
