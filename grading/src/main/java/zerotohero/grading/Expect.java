package zerotohero.grading;

import org.opentest4j.AssertionFailedError;

/**
 * Assertions that teach: a failure says what was checked, what was expected, what came back, and what
 * that usually means.
 */
public final class Expect {

    private Expect() {
    }

    /**
     * Fails unless {@code actual} is within {@code tolerance} of {@code expected} (absolute difference).
     *
     * @param what what the number is, e.g. "grad of a"
     * @param ifWrong the likely cause when it is wrong, told to the learner (may be empty)
     */
    public static void close(String what, double actual, double expected, double tolerance, String ifWrong) {
        if (Double.isNaN(actual) || Math.abs(actual - expected) > tolerance) {
            throw new AssertionFailedError(
                    message(what, "%s (within %s)".formatted(expected, tolerance), String.valueOf(actual), ifWrong),
                    expected, actual);
        }
    }

    /** {@link #close} with a relative tolerance: |actual − expected| ≤ rtol·|expected| + atol. */
    public static void relativelyClose(String what, double actual, double expected, double rtol, double atol,
            String ifWrong) {
        close(what, actual, expected, rtol * Math.abs(expected) + atol, ifWrong);
    }

    /** Fails unless {@code actual} equals {@code expected}. */
    public static void equal(String what, Object actual, Object expected, String ifWrong) {
        if (!java.util.Objects.equals(actual, expected)) {
            throw new AssertionFailedError(message(what, String.valueOf(expected), String.valueOf(actual), ifWrong),
                    expected, actual);
        }
    }

    /** Fails with the explanation unless {@code condition} holds. */
    public static void that(boolean condition, String explanation) {
        if (!condition) {
            throw new AssertionFailedError(explanation);
        }
    }

    static String message(String what, String expected, String actual, String ifWrong) {
        String base = "%s: expected %s but was %s.".formatted(what, expected, actual);
        return ifWrong == null || ifWrong.isBlank() ? base : base + " " + ifWrong;
    }
}
