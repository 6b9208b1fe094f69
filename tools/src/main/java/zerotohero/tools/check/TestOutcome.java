package zerotohero.tools.check;

import java.util.Optional;

/**
 * What happened to one test.
 *
 * @param testClass the test's class, e.g. {@code zerotohero.micrograd.BackwardTest}
 * @param method the test method's name
 * @param displayName what the test calls itself
 * @param exercise the {@code @Exercise} id it grades, empty for an ungraded test (e.g. architecture rules)
 * @param status how it ended
 * @param message the failure message, empty when it passed
 */
public record TestOutcome(String testClass, String method, String displayName, Optional<String> exercise,
        Status status, String message) {

    /** How a test ended. */
    public enum Status {
        /** It passed. */
        PASSED,
        /** It failed: an assertion, an exception, or a timeout. */
        FAILED,
        /** It ran into a {@code Todo}: the exercise is not started. */
        NOT_STARTED,
        /** It was skipped or aborted (an assumption did not hold). */
        SKIPPED,
        /**
         * It never finished: it ran past its time limit, ended the JVM ({@code System.exit}, out of memory),
         * or did not run because an earlier test did. Only the grader, which runs tests in a JVM of their
         * own, reports this.
         */
        ERROR
    }

    /** {@code BackwardTest.deepChain}: the short name used in reports. */
    public String name() {
        return testClass.substring(testClass.lastIndexOf('.') + 1) + "." + method;
    }

    public boolean graded() {
        return exercise.isPresent();
    }
}
