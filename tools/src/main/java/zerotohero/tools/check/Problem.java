package zerotohero.tools.check;

/**
 * One broken rule of the exercise contract.
 *
 * @param module the module folder, e.g. {@code 03-micrograd}
 * @param exercise the exercise concerned, or {@code "-"} when the problem is not about one exercise
 * @param rule the rule that is broken, in a few words
 * @param detail what exactly is wrong and, where it helps, how to fix it
 */
public record Problem(String module, String exercise, String rule, String detail) {

    /** Rule names, as reports show them. */
    public static final String PASSES_ON_SOLUTION = "passes on the solution";
    public static final String FAILS_ON_STUBS = "fails on the stubs";
    public static final String SAME_API = "stubs and solution share one API";
    public static final String TODO = "exercises start as Todo";
    public static final String CATALOG = "catalog and tests agree";
    public static final String RULES = "module rules hold on the solution";
    public static final String BUILT = "module is built";
    public static final String MISTAKES_CAUGHT = "known mistakes are caught";
    public static final String SOLUTION_FILES = "solutions hold only exercise files";

    @Override
    public String toString() {
        return module + ", exercise " + exercise + ", rule \"" + rule + "\": " + detail;
    }
}
