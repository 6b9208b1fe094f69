package zerotohero.wavenet;

import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;

/**
 * Fuses {@code n} neighbouring positions into one: a (B, T, C) input becomes (B, T/n, C·n), where new
 * position j holds old positions n·j, n·j + 1, …, n·j + n − 1 side by side (their C numbers one after
 * the other). When only one position is left the middle dimension is dropped: (B, 1, C·n) becomes
 * (B, C·n), what the last Linear of the model expects.
 *
 * <p>No numbers move: in row-major order the C numbers of neighbouring positions are already next to
 * each other, so this is a view of the same numbers in a new shape.
 */
public final class FlattenConsecutive extends Module {

    /** How many neighbouring positions become one. */
    public final int n;

    public FlattenConsecutive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FlattenConsecutive: n must be at least 1, got " + n);
        }
        this.n = n;
    }

    /**
     * Exercise 08.2: view (B, T, C) as (B, T/n, C·n), and drop the middle dimension when T/n is 1. A T that
     * n does not divide is an error that says so.
     */
    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() != 3) {
            throw new IllegalArgumentException("FlattenConsecutive expects (B, T, C), got shape "
                    + java.util.Arrays.toString(x.shape()));
        }
        long b = x.size(0);
        long t = x.size(1);
        long c = x.size(2);
        if (t % n != 0) {
            throw new IllegalArgumentException("FlattenConsecutive(" + n + "): " + t + " positions do not split into groups of " + n);
        }
        Tensor y = x.view(b, t / n, c * n);
        return t / n == 1 ? y.view(b, c * n) : y;
    }

    @Override
    public String toString() {
        return "FlattenConsecutive(" + n + ")";
    }
}
