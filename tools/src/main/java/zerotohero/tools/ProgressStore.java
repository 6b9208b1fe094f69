package zerotohero.tools;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import zerotohero.tools.grade.Atomic;

/**
 * The learner's progress, kept between runs in {@code .course/progress.json} (git-ignored): for each
 * exercise whether it was passing, failing or not started (still {@code Todo}) when its tests last ran,
 * and which module the learner works on. The syllabus is drawn from it without running every module.
 *
 * <p>Writes are atomic ({@link Atomic}); a file that cannot be read is kept aside, never overwritten
 * silently, and progress starts afresh (running the tests rebuilds it).
 */
final class ProgressStore {

    static final String FILE = ".course/progress.json";
    static final String PASSING = "passing";
    static final String FAILING = "failing";
    static final String TODO = "todo";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One exercise's state when its tests last ran.
     *
     * @param state passing, failing or todo
     * @param passed tests passed
     * @param total tests run
     * @param updated when, ISO-8601
     */
    record Exercise(String state, int passed, int total, String updated) {
    }

    /** The file's content. */
    record State(int version, String current, Map<String, Exercise> exercises) {
        State {
            exercises = exercises == null ? new TreeMap<>() : new TreeMap<>(exercises);
        }
    }

    private final Path file;
    private State state;
    final String warning;

    private ProgressStore(Path file, State state, String warning) {
        this.file = file;
        this.state = state;
        this.warning = warning;
    }

    static ProgressStore load(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ProgressStore(file, new State(1, null, null), "");
        }
        try {
            State s = JSON.readValue(file.toFile(), new TypeReference<State>() {
            });
            return new ProgressStore(file, s, "");
        } catch (IOException e) {
            Path aside = file.resolveSibling("progress.unreadable-" + System.currentTimeMillis() + ".json");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Then it stays where it is and is replaced on the next save: progress is rebuilt by running tests.
            }
            return new ProgressStore(file, new State(1, null, null),
                    FILE + " could not be read (" + e.getMessage() + "); it was moved to " + aside.getFileName()
                            + " and progress starts afresh: running the tests rebuilds it");
        }
    }

    /** The state of an exercise: passing, failing, todo, or "" if its tests never ran. */
    String state(String id) {
        Exercise e = state.exercises().get(id);
        return e == null ? "" : e.state();
    }

    Exercise exercise(String id) {
        return state.exercises().get(id);
    }

    String current() {
        return state.current();
    }

    /** Records a module's run and makes it the current module. */
    void record(String module, Map<String, Exercise> exercises) {
        Map<String, Exercise> all = new TreeMap<>(state.exercises());
        all.putAll(exercises);
        state = new State(1, module, all);
        save();
    }

    static Exercise exercise(String state, int passed, int total) {
        return new Exercise(state, passed, total, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private void save() {
        try {
            Atomic.write(file, JSON.writeValueAsString(state) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
