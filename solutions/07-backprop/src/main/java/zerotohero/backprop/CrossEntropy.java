package zerotohero.backprop;

import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;

/**
 * Exercise 07.2: cross-entropy as one piece. The forward pass took eight small steps from the logits to
 * the loss; on paper they collapse into one formula, and so do their eight backward steps:
 *
 * <pre>
 * loss      = 1/n · Σ_i ( ln Σ_j e^{logits[i][j]} − logits[i][y_i] )
 * dlogits   = (softmax(logits) − onehot(y)) / n
 * </pre>
 */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * Exercise 07.2: the mean cross-entropy of a batch of (n, vocab) logits against the targets {@code y},
     * computed stably: subtract each row's maximum before {@code exp} (it cancels in the formula, and keeps
     * a logit of 1000 from overflowing to infinity). {@code InPlace.read(logits)} gives the numbers row by
     * row (element (i, j) at i·vocab + j).
     *
     * @throws IllegalArgumentException if the logits are not (n, vocab) for n targets, or a target is not a
     *     class index in [0, vocab); the message names the shape or the target
     */
    public static double loss(Tensor logits, int[] y) {
        check(logits, y);
        double[] z = InPlace.read(logits);
        int n = y.length;
        int vocab = z.length / n;
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * vocab;
            double max = max(z, row, vocab);
            double sum = 0;
            for (int j = 0; j < vocab; j++) {
                sum += Math.exp(z[row + j] - max);
            }
            total += Math.log(sum) - (z[row + y[i]] - max); // −ln softmax[i][y_i]
        }
        return total / n;
    }

    /**
     * Exercise 07.2: ∂loss/∂logits = (softmax(logits) − onehot(y)) / n, row by row, as a (n, vocab)
     * float64 tensor: compute the numbers in a {@code double[]} and return
     * {@code Tensor.of(DataType.DOUBLE, numbers, n, vocab)}.
     *
     * @throws IllegalArgumentException for the inputs {@link #loss} refuses
     */
    public static Tensor backward(Tensor logits, int[] y) {
        check(logits, y);
        double[] z = InPlace.read(logits);
        int n = y.length;
        int vocab = z.length / n;
        double[] d = new double[z.length];
        for (int i = 0; i < n; i++) {
            int row = i * vocab;
            double max = max(z, row, vocab);
            double sum = 0;
            for (int j = 0; j < vocab; j++) {
                d[row + j] = Math.exp(z[row + j] - max);
                sum += d[row + j];
            }
            for (int j = 0; j < vocab; j++) {
                d[row + j] = (d[row + j] / sum - (j == y[i] ? 1 : 0)) / n; // (softmax − one-hot) / n
            }
        }
        return Tensor.of(DataType.DOUBLE, d, n, vocab);
    }

    /** The largest of {@code count} numbers from {@code from}: one row of a row-major matrix. */
    private static double max(double[] z, int from, int count) {
        double m = Double.NEGATIVE_INFINITY;
        for (int j = from; j < from + count; j++) {
            m = Math.max(m, z[j]);
        }
        return m;
    }

    static void check(Tensor logits, int[] y) {
        if (logits.rank() != 2 || logits.size(0) != y.length) {
            throw new IllegalArgumentException("cross-entropy needs (n, vocab) logits and n targets, got logits of shape "
                    + java.util.Arrays.toString(logits.shape()) + " and " + y.length + " targets");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= logits.size(1)) {
                throw new IllegalArgumentException("target " + y[i] + " of example " + i + " is not in 0.."
                        + (logits.size(1) - 1));
            }
        }
    }
}
