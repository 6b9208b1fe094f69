package zerotohero.tools.grade;

/**
 * How much a module's tests may take when graded.
 *
 * @param graceSeconds added to each test's own {@code @Timeout} before the grader stops its JVM: JUnit
 *     fails a test that overruns its timeout but cannot stop a loop that never checks for interruption
 * @param defaultTestSeconds the limit of a test that declares no timeout
 * @param moduleSeconds the limit of a whole module; tests not run by then earn nothing
 * @param heapMegabytes the test JVM's heap ({@code -Xmx})
 */
public record Limits(long graceSeconds, long defaultTestSeconds, long moduleSeconds, int heapMegabytes) {

    /** Generous enough for every graded test of the course on a small machine. */
    public static final Limits DEFAULT = new Limits(5, 60, 600, 1024);

    public Limits {
        if (graceSeconds < 0 || defaultTestSeconds < 1 || moduleSeconds < 1 || heapMegabytes < 16) {
            throw new IllegalArgumentException("limits must be positive (and the heap at least 16 MB)");
        }
    }

    /** The seconds a test with this declared timeout (0: none) may run before its JVM is stopped. */
    long forTest(long declaredSeconds) {
        return (declaredSeconds > 0 ? declaredSeconds : defaultTestSeconds) + graceSeconds;
    }
}
