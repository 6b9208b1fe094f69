package zerotohero.kit;

/**
 * A scope in which ops build no graph: their outputs are plain constants and keep nothing alive for a
 * backward pass. Use it for evaluation, sampling and parameter updates:
 *
 * <pre>{@code
 * try (var scope = NoGrad.enter()) {
 *     Tensor devLoss = model.forward(xDev).crossEntropy(yDev);
 * }
 * }</pre>
 *
 * <p>Scopes nest; each thread has its own.
 */
public final class NoGrad implements AutoCloseable {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private boolean closed;

    private NoGrad() {}

    /** Opens a scope; close it (try-with-resources) to turn gradient tracking back on. */
    public static NoGrad enter() {
        DEPTH.get()[0]++;
        return new NoGrad();
    }

    /** Whether an open scope is switching graph building off on this thread. */
    public static boolean isActive() {
        return DEPTH.get()[0] > 0;
    }

    @Override
    public void close() {
        if (!closed) { // closing twice must not switch off an enclosing scope
            closed = true;
            DEPTH.get()[0]--;
        }
    }
}
