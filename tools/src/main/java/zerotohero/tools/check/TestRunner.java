package zerotohero.tools.check;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import zerotohero.grading.Exercise;
import zerotohero.kit.Todo;

/**
 * Runs a module's tests in this JVM against one set of main classes (the stubs or the reference solution).
 *
 * <p>The module's classes and tests are loaded by a class loader of their own whose parent is this one:
 * JUnit, AssertJ, ArchUnit, kit and grading come from the parent, so the {@code @Exercise} and
 * {@code Todo} classes the tests see are the ones this runner checks for, while the stubs' and the
 * solution's classes (same names) never meet.
 */
public final class TestRunner {

    private static final TestTag GRADED = TestTag.create("graded");

    private TestRunner() {
    }

    /**
     * Runs every test found in {@code testClasses}, with {@code mainClasses} and {@code extraClasspath}
     * on the class path, and returns one outcome per test, in execution order.
     */
    public static List<TestOutcome> run(Path mainClasses, Path testClasses, List<Path> extraClasspath) {
        return run(mainClasses, testClasses, extraClasspath, Set.of(), new Listener() {
        });
    }

    /**
     * Hears about tests while they run, so that a caller can keep what happened even if the JVM ends in
     * the middle of a test (a learner's {@code System.exit}, an out-of-memory crash, a kill after a hang).
     * Each test is named by its JUnit unique id.
     */
    public interface Listener {

        /** Before anything runs: one call per test that will run, with the seconds it may take (0: no limit). */
        default void planned(String id, String testClass, String method, Optional<String> exercise,
                long timeoutSeconds) {
        }

        default void started(String id) {
        }

        /** A test, or a whole test class that could not start, has ended. */
        default void finished(String id, TestOutcome outcome) {
        }
    }

    /**
     * Like {@link #run(Path, Path, List)}, leaving out the tests whose unique ids are in {@code skip} and
     * telling {@code listener} about each test as it is planned, starts and ends.
     */
    public static List<TestOutcome> run(Path mainClasses, Path testClasses, List<Path> extraClasspath,
            Set<String> skip, Listener listener) {
        return run(mainClasses, testClasses, extraClasspath, skip, false, listener);
    }

    /** Like the above; with {@code gradedOnly}, only the tests tagged {@code graded} (by {@code @Exercise}) run. */
    public static List<TestOutcome> run(Path mainClasses, Path testClasses, List<Path> extraClasspath,
            Set<String> skip, boolean gradedOnly, Listener listener) {
        return run(mainClasses, testClasses, extraClasspath, skip, gradedOnly, Optional.empty(), listener);
    }

    /** Runs only the graded tests of one exercise (those whose {@code @Exercise} is {@code exercise}). */
    public static List<TestOutcome> runExercise(Path mainClasses, Path testClasses, List<Path> extraClasspath,
            String exercise) {
        return run(mainClasses, testClasses, extraClasspath, Set.of(), true, Optional.of(exercise), new Listener() {
        });
    }

    private static List<TestOutcome> run(Path mainClasses, Path testClasses, List<Path> extraClasspath,
            Set<String> skip, boolean gradedOnly, Optional<String> exercise, Listener listener) {
        List<URL> urls = new ArrayList<>();
        urls.add(url(testClasses));
        urls.add(url(mainClasses));
        extraClasspath.forEach(p -> urls.add(url(p)));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), TestRunner.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClasspathRoots(Set.of(testClasses)))
                    .filters((PostDiscoveryFilter) d -> FilterResult.includedIf(!skip.contains(d.getUniqueId().toString())
                            && (!gradedOnly || d.getTags().contains(GRADED))
                            && (exercise.isEmpty() || !(d.getSource().orElse(null) instanceof MethodSource source)
                                    || exerciseOf(source).equals(exercise))))
                    .build();
            Launcher launcher = LauncherFactory.create();
            TestPlan plan = launcher.discover(request);
            for (TestIdentifier root : plan.getRoots()) {
                for (TestIdentifier test : plan.getDescendants(root)) {
                    if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource source) {
                        listener.planned(test.getUniqueId(), source.getClassName(), source.getMethodName(),
                                exerciseOf(source), timeoutSeconds(source));
                    }
                }
            }
            Collector collector = new Collector(listener);
            launcher.execute(plan, collector);
            return Collections.unmodifiableList(collector.outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path + " is not a usable class path entry", e);
        }
    }

    /** Turns JUnit's events into outcomes, one per test method invocation. */
    private static final class Collector implements TestExecutionListener {

        final List<TestOutcome> outcomes = new ArrayList<>();
        private final Listener listener;

        Collector(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                listener.started(test.getUniqueId());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                add(test, TestOutcome.Status.SKIPPED, reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Throwable error = result.getThrowable().orElse(null);
            if (test.isTest()) {
                add(test, status(result, error), error == null ? "" : describe(error));
            } else if (error != null && test.isContainer()) {
                // A class that cannot even start (a failing @BeforeAll, a broken static field) fails as a whole.
                add(test, status(result, error), describe(error));
            }
        }

        private void add(TestIdentifier test, TestOutcome.Status status, String message) {
            String testClass = "";
            String method = test.getDisplayName();
            Optional<String> exercise = Optional.empty();
            if (test.getSource().orElse(null) instanceof MethodSource source) {
                testClass = source.getClassName();
                method = source.getMethodName();
                exercise = exerciseOf(source);
            } else if (test.getSource().orElse(null)
                    instanceof org.junit.platform.engine.support.descriptor.ClassSource source) {
                testClass = source.getClassName();
                method = "(class)";
                exercise = exerciseOf(source.getJavaClass());
            }
            TestOutcome outcome = new TestOutcome(testClass, method, test.getDisplayName(), exercise, status, message);
            outcomes.add(outcome);
            listener.finished(test.getUniqueId(), outcome);
        }

        private static TestOutcome.Status status(TestExecutionResult result, Throwable error) {
            return switch (result.getStatus()) {
                case SUCCESSFUL -> TestOutcome.Status.PASSED;
                case ABORTED -> TestOutcome.Status.SKIPPED;
                case FAILED -> isTodo(error) ? TestOutcome.Status.NOT_STARTED : TestOutcome.Status.FAILED;
            };
        }
    }

    /**
     * Whether a failure comes from an unsolved exercise: a {@code Todo} anywhere in its cause chain, or an
     * assertion that got a {@code Todo} where it expected another exception (AssertJ's
     * {@code assertThatThrownBy} names the throwable in its message but does not chain it).
     */
    static boolean isTodo(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Todo || t instanceof AssertionError && String.valueOf(t.getMessage())
                    .contains(Todo.class.getName() + ": exercise ")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable error) {
        if (error instanceof StackOverflowError) {
            return "StackOverflowError: the call stack overflowed (endless recursion, or recursion too deep for"
                    + " this input: use a loop with an explicit stack)";
        }
        String message = error.getMessage();
        String text = message == null || message.isBlank() ? error.getClass().getName() : message.strip();
        return error instanceof AssertionError || error instanceof Todo ? text : error.getClass().getSimpleName() + ": " + text;
    }

    /** The seconds a test may run by its {@code @Timeout} (on the method, its class or an enclosing one), 0 if none. */
    private static long timeoutSeconds(MethodSource source) {
        Optional<Timeout> timeout = AnnotationSupport.findAnnotation(source.getJavaMethod(), Timeout.class);
        for (Class<?> c = source.getJavaClass(); timeout.isEmpty() && c != null; c = c.getEnclosingClass()) {
            timeout = AnnotationSupport.findAnnotation(c, Timeout.class);
        }
        return timeout.map(t -> Math.max(1, (long) Math.ceil(t.unit().toMillis(t.value()) / 1000.0))).orElse(0L);
    }

    private static Optional<String> exerciseOf(MethodSource source) {
        Method method = source.getJavaMethod();
        Optional<Exercise> onMethod = AnnotationSupport.findAnnotation(method, Exercise.class);
        return onMethod.isPresent() ? onMethod.map(Exercise::value) : exerciseOf(source.getJavaClass());
    }

    /** The class's {@code @Exercise}, or that of a class it is nested in. */
    private static Optional<String> exerciseOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Optional<Exercise> found = AnnotationSupport.findAnnotation(c, Exercise.class);
            if (found.isPresent()) {
                return found.map(Exercise::value);
            }
        }
        return Optional.empty();
    }
}
