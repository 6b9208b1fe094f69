package zerotohero.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import zerotohero.grading.Catalog;
import zerotohero.grading.Mistakes;

/**
 * One lesson as the site sees it: its folder under {@code modules/}, its catalog, its lesson text, its
 * figures and which test files grade which exercise.
 *
 * @param dir the module folder, e.g. {@code modules/03-micrograd}
 * @param catalog the module's {@code exercises.yaml}
 * @param lesson the lesson's Markdown ({@code README.md}), empty if the module has none yet
 * @param figures the module's figures ({@code figures/*.svg} and {@code *.png}), relative to {@code dir}
 * @param tests per exercise id, the test files that carry its {@code @Exercise}, relative to {@code dir}
 * @param mistakes the known mistakes its tests are proven to catch ({@code mistakes.yaml}; may be empty)
 */
record CourseModule(Path dir, Catalog catalog, String lesson, List<String> figures,
        Map<String, List<String>> tests, Mistakes mistakes) {

    private static final Pattern EXERCISE = Pattern.compile("@Exercise\\(\\s*\"([^\"]+)\"\\s*\\)");

    /** The folder name, e.g. {@code 03-micrograd}. */
    String name() {
        return dir.getFileName().toString();
    }

    /** The two-digit number, e.g. {@code 03}. */
    String number() {
        return name().substring(0, Math.min(2, name().length()));
    }

    /**
     * Every module of the course: each folder {@code modules/*} that has an {@code exercises.yaml}, in
     * the order of their names. A new module appears on the site by being added there; no code changes.
     */
    static List<CourseModule> discover(Path repoRoot) {
        Path modules = repoRoot.resolve("modules");
        if (!Files.isDirectory(modules)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(modules)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(Catalog.FILE))).sorted()
                    .map(CourseModule::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + modules, e);
        }
    }

    /** Reads one module folder. */
    static CourseModule read(Path dir) {
        try {
            Catalog catalog = Catalog.read(dir);
            Path readme = dir.resolve("README.md");
            String lesson = Files.isRegularFile(readme) ? Files.readString(readme) : "";
            return new CourseModule(dir, catalog, lesson, figures(dir), tests(dir), Mistakes.read(dir, catalog));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module " + dir, e);
        }
    }

    private static List<String> figures(Path dir) throws IOException {
        Path figures = dir.resolve("figures");
        if (!Files.isDirectory(figures)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(figures)) {
            return files.filter(f -> f.toString().endsWith(".svg") || f.toString().endsWith(".png"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Map<String, List<String>> tests(Path dir) throws IOException {
        Path root = dir.resolve("src/test/java");
        Map<String, List<String>> tests = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return tests;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = EXERCISE.matcher(Files.readString(file));
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                if (!ids.contains(m.group(1))) {
                    ids.add(m.group(1));
                }
            }
            String relative = dir.relativize(file).toString().replace('\\', '/');
            ids.forEach(id -> tests.computeIfAbsent(id, k -> new ArrayList<>()).add(relative));
        }
        return new LinkedHashMap<>(tests);
    }
}
