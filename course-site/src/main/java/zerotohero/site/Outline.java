package zerotohero.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One row of the course map on the home page: a module that exists, or one that the course plans.
 *
 * <p>The plan lives in the module table of the repository's README ("| 01-tensors | you build ... |
 * planned |"), so the site shows all ten modules from the first day, and a module folder replaces its
 * planned row as soon as it exists. A folder without a catalog yet shows as "in preparation".
 *
 * @param name the module's folder name, e.g. {@code 05-mlp}
 * @param description what you build, from the README's table (empty if the README does not list it)
 * @param module the module, once its folder exists
 */
record Outline(String name, String description, Optional<CourseModule> module) {

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*\\[?(\\d\\d-[a-z0-9-]+)\\]?(?:\\([^)]*\\))?\\s*\\|\\s*(.*?)\\s*\\|\\s*[\\w ]+\\s*\\|\\s*$");

    /** The map: every module of the README's table and every module folder, in order. */
    static List<Outline> of(Path repoRoot, List<CourseModule> modules) {
        TreeMap<String, Outline> rows = new TreeMap<>();
        Path readme = repoRoot.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            try {
                for (String line : Files.readAllLines(readme)) {
                    Matcher m = ROW.matcher(line);
                    if (m.matches()) {
                        rows.put(m.group(1), new Outline(m.group(1), m.group(2), Optional.empty()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + readme, e);
            }
        }
        Path folders = repoRoot.resolve("modules");
        if (Files.isDirectory(folders)) {
            // A module folder that has no catalog yet still shows, as a module in preparation.
            try (Stream<Path> dirs = Files.list(folders)) {
                dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                        .filter(n -> n.matches("\\d\\d-[a-z0-9-]+") && !rows.containsKey(n))
                        .forEach(n -> rows.put(n, new Outline(n, "in preparation", Optional.empty())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folders, e);
            }
        }
        for (CourseModule module : modules) {
            String description = rows.containsKey(module.name()) ? rows.get(module.name()).description() : "";
            rows.put(module.name(), new Outline(module.name(), description, Optional.of(module)));
        }
        return new ArrayList<>(rows.values());
    }
}
