package zerotohero.tools.grade;

import java.util.List;

/**
 * The result of grading one copy of the course; written as {@code grade.json}, whose schema is
 * {@code tools/schema/grade.schema.json}. Points may be fractional: an exercise earns its points times
 * the share of its tests that pass.
 *
 * @param schema the format's version, {@code "zerotohero-grade/1"}
 * @param courseVersion the version of the course that graded
 * @param gradedAt when, as an ISO-8601 instant
 * @param target {@code modules} (the learner's code) or {@code solutions} (the reference solutions)
 * @param integrity whether the tests are the course's own
 * @param pointsEarned the sum over all modules
 * @param pointsPossible the sum over all modules
 * @param modules one per module graded
 */
public record Grade(String schema, String courseVersion, String gradedAt, String target, Integrity integrity,
        double pointsEarned, int pointsPossible, List<Module> modules) {

    public static final String SCHEMA = "zerotohero-grade/1";

    /**
     * What the grader knows about the tests it ran.
     *
     * @param lock {@code verified} (the tests match tests.lock), {@code changed}, or {@code absent}
     * @param testsSha256 the sha256 of the listing of the tests used: equal digests, equal tests
     * @param changedFiles the differences from the lock, e.g. {@code changed: modules/...}
     * @param testsFrom the pristine tree the tests were copied from, or null
     */
    public record Integrity(String lock, String testsSha256, List<String> changedFiles, String testsFrom) {
    }

    /**
     * One module.
     *
     * @param status {@code graded}, {@code not_compiled}, {@code not_built} or {@code error}
     * @param message why it could not be graded, or empty
     */
    public record Module(String module, String title, String status, String message, double pointsEarned,
            int pointsPossible, double durationSeconds, List<Exercise> exercises, List<Test> checks) {
    }

    /**
     * One exercise of the catalog.
     *
     * @param status {@code passed}, {@code failed}, {@code not_started} or {@code error}
     * @param message what went wrong first, or empty when it passed
     */
    public record Exercise(String id, String title, double pointsEarned, int pointsPossible, String status,
            String message, int testsPassed, int testsTotal, double durationSeconds, List<Test> tests) {
    }

    /**
     * One test.
     *
     * @param status {@code passed}, {@code failed}, {@code not_started}, {@code skipped} or {@code error}
     */
    public record Test(String name, String status, String message, double durationSeconds) {
    }
}
