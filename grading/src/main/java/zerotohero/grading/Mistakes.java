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
import java.util.Set;

/**
 * A module's known mistakes: the wrong solutions a learner is likely to write, as data
 * ({@code mistakes.yaml} next to the lesson's catalog). Each one is a small edit to the reference solution;
 * the self-check makes the edit on a copy, runs the exercise's graded tests and requires one of them to
 * fail with a message that names the mistake. So the "must catch" lists of the syllabus are proven, not
 * hoped for, and the site can show which mistakes each exercise's tests catch.
 *
 * @param module the module's folder name, e.g. {@code 03-micrograd}
 * @param mistakes the mistakes, in the order of the exercises they belong to
 */
public record Mistakes(String module, List<Mistake> mistakes) {

    /** The file name of the mistakes catalog inside a module folder. */
    public static final String FILE = "mistakes.yaml";

    /**
     * One mistake and the edit that makes it.
     *
     * @param id a short name, unique in the module, e.g. {@code assign-instead-of-accumulate}
     * @param exercise the exercise whose tests must catch it, e.g. {@code 03.2}
     * @param description one line: what the learner did wrong
     * @param file the solution file to edit, relative to the solution folder (a file of the exercise)
     * @param replace text that occurs exactly once in that file
     * @param with what to put in its place
     * @param expect words a failing test's message must contain (case does not matter): what the learner
     *               should read to understand the mistake
     */
    public record Mistake(String id, String exercise, String description, String file, String replace,
            String with, List<String> expect) {
        public Mistake {
            expect = expect == null ? List.of() : List.copyOf(expect);
        }
    }

    public Mistakes {
        mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Whether the module folder has a mistakes catalog. */
    public static boolean exists(Path moduleDir) {
        return Files.isRegularFile(moduleDir.resolve(FILE));
    }

    /**
     * Reads and validates {@code moduleDir/mistakes.yaml} against the module's exercise catalog; errors
     * name the file and what is wrong. A module without the file has no declared mistakes.
     */
    public static Mistakes read(Path moduleDir, Catalog catalog) {
        Path file = moduleDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Mistakes(catalog.module(), List.of());
        }
        Mistakes read;
        try {
            read = YAML.readValue(file.toFile(), Mistakes.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(file + " is not a valid mistakes catalog: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read", e);
        }
        List<String> problems = read.problems(catalog);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + " has problems:\n  - " + String.join("\n  - ", problems));
        }
        return read;
    }

    /** The mistakes that the tests of one exercise must catch. */
    public List<Mistake> of(String exercise) {
        return mistakes.stream().filter(m -> m.exercise().equals(exercise)).toList();
    }

    /** What is wrong with this catalog for the module whose exercises are {@code catalog}; empty when fine. */
    List<String> problems(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        if (!catalog.module().equals(module)) {
            problems.add("module is '" + module + "' but the exercise catalog's is '" + catalog.module() + "'");
        }
        Set<String> seen = new HashSet<>();
        for (Mistake m : mistakes) {
            String where = "mistake " + m.id();
            if (m.id() == null || m.id().isBlank()) {
                problems.add("a mistake has no id");
                continue;
            }
            if (!seen.add(m.id())) {
                problems.add(where + ": id is listed twice");
            }
            var exercise = m.exercise() == null ? java.util.Optional.<Catalog.Entry>empty() : catalog.find(m.exercise());
            if (exercise.isEmpty()) {
                problems.add(where + ": exercise '" + m.exercise() + "' is not in " + Catalog.FILE);
            } else if (!exercise.get().files().contains(m.file())) {
                problems.add(where + ": file '" + m.file() + "' is not one of exercise " + m.exercise()
                        + "'s files " + exercise.get().files() + " (a mistake edits what the learner writes)");
            }
            if (m.description() == null || m.description().isBlank()) {
                problems.add(where + ": description is missing");
            }
            if (m.replace() == null || m.replace().isEmpty() || m.with() == null) {
                problems.add(where + ": give the text to `replace` and what to put in its place (`with`)");
            } else if (m.replace().equals(m.with())) {
                problems.add(where + ": `replace` and `with` are the same text, so nothing would change");
            }
            if (m.expect().isEmpty()) {
                problems.add(where + ": `expect` must list the words a learner should read in the failure");
            }
        }
        return problems;
    }
}
