package zerotohero.kit;

/**
 * Marks an exercise that has not been solved yet.
 *
 * <p>Every unfinished body in a module's stubs is {@code throw new Todo("03.2")}. A graded test that runs
 * into it fails with a message naming the exercise, so "not started" reads differently from "wrong":
 * the first means go and write the code, the second means read the test's explanation.
 */
public final class Todo extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    private final String exercise;

    /** @param exercise the exercise id from the module's catalog, e.g. {@code "03.2"} */
    public Todo(String exercise) {
        super("exercise " + exercise + " is not started yet: replace `throw new Todo(\"" + exercise
                + "\")` with your code (./course hint " + exercise + " shows a hint)");
        this.exercise = exercise;
    }

    /** The id of the exercise this body belongs to. */
    public String exercise() {
        return exercise;
    }
}
