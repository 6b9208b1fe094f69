package zerotohero.tools.grade;

/**
 * How much a module's tests may take when graded.
 *
 * @param graceSeconds added to each test's own {@code @Timeout} before the grader stops its JVM: JUnit
 *     fails a test that overruns its timeout but cannot stop a loop that never checks for interruption
 * @param defaultTestSeconds the limit of a test that declares no timeout
 * @param moduleSeconds the limit of a whole module; tests not run by then earn nothing
 * @param heapMegabytes the test JVM's heap ({@code -Xmx})
 * @param quickStart quick feedback for a learner waiting at the keyboard: the test JVM trades peak speed
 *     for start-up (C1 compiler only, serial GC) and runs the graded tests only (a module's rules, such
 *     as its architecture tests, are left to the grader and the self-check); on a module's short tests
 *     that halves the CPU time of a run. The grader keeps the full JIT, so that a long test never runs
 *     into its timeout for it
 */
public record Limits(long graceSeconds, long defaultTestSeconds, long moduleSeconds, int heapMegabytes,
        boolean quickStart) {

    /** Generous enough for every graded test of the course on a small machine. */
    public static final Limits DEFAULT = new Limits(5, 60, 600, 1024);

    public Limits(long graceSeconds, long defaultTestSeconds, long moduleSeconds, int heapMegabytes) {
        this(graceSeconds, defaultTestSeconds, moduleSeconds, heapMegabytes, false);
    }

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
