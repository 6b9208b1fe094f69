package zerotohero.kit;

import org.nd4j.linalg.factory.Nd4j;

/**
 * The process-wide settings of the native libraries under kit (ND4J, OpenBLAS, JavaCPP), made in one
 * place, once, on purpose. A program calls {@link #apply()} as the first line of its {@code main}; tests get
 * it from a JUnit extension (the grading library's {@code @Exercise} brings one, and so do kit's own tests).
 * Nothing in kit changes these settings as a side effect of a class being loaded.
 *
 * <p>What {@link #apply()} sets, and why:
 * <ul>
 *   <li><b>JavaCPP's memory check off.</b> JavaCPP, under ND4J, reads the process's resident size from the
 *       OS on every native allocation, to fail early when it passes a limit. Eager autograd allocates
 *       thousands of small arrays per step, and that check cost a tenth of a training step. Memory is still
 *       freed as arrays become garbage. Set {@code -Dorg.bytedeco.javacpp.maxPhysicalBytes=8g} yourself to
 *       keep a limit; {@code apply()} leaves a value you set alone. (JavaCPP reads the property when it
 *       starts, which is why {@code apply()} must come before the first tensor.)</li>
 *   <li><b>One thread</b> for ND4J's own loops and for OpenBLAS, unless asked otherwise with
 *       {@code -Dkit.threads=2} or the {@code OMP_NUM_THREADS} environment variable. This course's arrays are
 *       small: with more threads ND4J's loops spend longer waking and syncing threads than computing, and on
 *       a busy machine many times longer.</li>
 * </ul>
 * ND4J's default data type and its workspaces are left as ND4J ships them: kit names the type of every
 * array it makes, and uses no workspaces (its arrays are freed by the garbage collector).
 */
public final class NativeSettings {

    /** The system property that sets JavaCPP's limit on the process's resident memory ("0": no check). */
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    private static boolean applied;

    private NativeSettings() {}

    /**
     * Applies kit's settings (see the class comment). Call it first thing in a {@code main}; calling it again
     * does nothing, so tests may call it before every class.
     */
    public static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
        setThreads(threadsAskedFor());
    }

    /** Whether {@link #apply()} has run in this process. */
    static synchronized boolean isApplied() {
        return applied;
    }

    /** {@code -Dkit.threads}, else {@code OMP_NUM_THREADS}, else 1. */
    static int threadsAskedFor() {
        String threads = System.getProperty("kit.threads", System.getenv().getOrDefault("OMP_NUM_THREADS", "1"));
        return Integer.parseInt(threads.trim());
    }

    /** Sets how many threads ND4J's own loops and OpenBLAS may use. */
    public static void setThreads(int n) {
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.getEnvironment().setMaxThreads(n);
        setBlasThreads(n);
    }

    /**
     * Sets how many threads OpenBLAS may use for matrix products, leaving ND4J's own loops alone. Large
     * products (a GPT's) gain from a second core; small ones (makemore's MLP) run on one thread anyway.
     */
    public static void setBlasThreads(int n) {
        Nd4j.factory().blas().setMaxThreads(n);
    }
}
