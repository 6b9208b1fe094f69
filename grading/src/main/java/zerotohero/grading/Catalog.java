package zerotohero.grading;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module's exercise catalog: the human-edited {@code exercises.yaml} next to its lesson. The CLI, the
 * grader, the self-check and the site all read it; the self-check proves it agrees with the tests.
 *
 * @param module the module's folder name, e.g. {@code 03-micrograd}
 * @param title the lesson's title
 * @param summary one sentence on what the module builds
 * @param objectives what a learner can do after the module
 * @param exercises the exercises in the order they are meant to be solved
 */
public record Catalog(String module, String title, String summary, List<String> objectives,
        List<Entry> exercises) {

    /** The file name of a catalog inside a module folder. */
    public static final String FILE = "exercises.yaml";

    /**
     * One exercise.
     *
     * @param id the id used by {@code @Exercise} and {@code new Todo(...)}, e.g. {@code 03.4}
     * @param title a short title
     * @param points points the exercise is worth
     * @param section the lesson section it belongs to
     * @param files the stub files it touches, relative to the module folder
     * @param hints hints, from gentle to explicit
     */
    public record Entry(String id, String title, int points, String section, List<String> files,
            List<String> hints) {
        public Entry {
            files = files == null ? List.of() : List.copyOf(files);
            hints = hints == null ? List.of() : List.copyOf(hints);
        }
    }

    public Catalog {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads and validates {@code moduleDir/exercises.yaml}; errors name the file and what is wrong. */
    public static Catalog read(Path moduleDir) {
        Path file = moduleDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing: every module lists its exercises there");
        }
        Catalog catalog;
        try {
            catalog = YAML.readValue(file.toFile(), Catalog.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(file + " is not a valid catalog: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read", e);
        }
        List<String> problems = catalog.problems(moduleDir.getFileName().toString());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + " has problems:\n  - " + String.join("\n  - ", problems));
        }
        return catalog;
    }

    /** The entry with this id, if any. */
    public Optional<Entry> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The points of all exercises. */
    public int totalPoints() {
        return exercises.stream().mapToInt(Entry::points).sum();
    }

    /** What is wrong with this catalog for a module folder of the given name; empty when it is fine. */
    List<String> problems(String folderName) {
        List<String> problems = new ArrayList<>();
        if (!folderName.equals(module)) {
            problems.add("module is '" + module + "' but the folder is '" + folderName + "'");
        }
        if (title == null || title.isBlank()) {
            problems.add("title is missing");
        }
        if (exercises.isEmpty()) {
            problems.add("no exercises are listed");
        }
        String prefix = folderName.length() >= 2 ? folderName.substring(0, 2) + "." : "";
        Set<String> seen = new HashSet<>();
        for (Entry e : exercises) {
            String where = "exercise " + e.id();
            if (e.id() == null || !e.id().startsWith(prefix)) {
                problems.add(where + ": id must start with '" + prefix + "'");
            }
            if (!seen.add(String.valueOf(e.id()))) {
                problems.add(where + ": id is listed twice");
            }
            if (e.title() == null || e.title().isBlank()) {
                problems.add(where + ": title is missing");
            }
            if (e.points() <= 0) {
                problems.add(where + ": points must be positive, not " + e.points());
            }
            if (e.files().isEmpty()) {
                problems.add(where + ": files must name the stub files it touches");
            }
            if (e.hints().isEmpty()) {
                problems.add(where + ": give at least one hint");
            }
        }
        return problems;
    }
}
