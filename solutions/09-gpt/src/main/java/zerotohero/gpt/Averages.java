package zerotohero.gpt;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/**
 * The idea behind self-attention in its simplest form: let every position t of a sequence take the mean
 * of the vectors at positions 0..t (never later ones: the future is what we predict). Three ways to
 * compute the same thing, each closer to attention than the last:
 * <ol>
 *   <li>a loop, the definition;</li>
 *   <li>one matrix product with a lower-triangular matrix whose rows sum to 1;</li>
 *   <li>the same matrix built as a softmax of scores, with −∞ where a position may not look. In attention
 *       the scores are no longer all 0 but computed from the data.</li>
 * </ol>
 */
public final class Averages {

    private Averages() {
    }

    /** Exercise 09.3: out[b][t] = the mean of x[b][0..t] (inclusive), with loops. x has shape (B, T, C). */
    public static double[][][] loop(double[][][] x) {
        int bs = x.length;
        int ts = x[0].length;
        int cs = x[0][0].length;
        double[][][] out = new double[bs][ts][cs];
        for (int b = 0; b < bs; b++) {
            for (int t = 0; t < ts; t++) {
                for (int c = 0; c < cs; c++) {
                    double sum = 0;
                    for (int s = 0; s <= t; s++) {
                        sum += x[b][s][c];
                    }
                    out[b][t][c] = sum / (t + 1);
                }
            }
        }
        return out;
    }

    /**
     * Exercise 09.3: the same as one product, weights (T, T) @ x (B, T, C): start from
     * {@link #lowerTriangle}, divide each row by its sum, {@link #perBatch} it, then matmul.
     */
    public static Tensor matmul(Tensor x) {
        long t = x.size(1);
        Tensor tril = lowerTriangle(t, x.type());
        Tensor weights = tril.div(tril.sum(1, true));
        return perBatch(weights, x.size(0)).matmul(x);
    }

    /**
     * Exercise 09.3: the same weights as a softmax: scores of zeros (T, T), −∞ where the lower triangle is 0
     * ({@code maskedFill} with {@link #upperTriangle}), softmax along each row, then as in {@link #matmul}.
     */
    public static Tensor softmax(Tensor x) {
        long t = x.size(1);
        Tensor scores = Tensor.of(Nd4j.zeros(x.type(), t, t));
        Tensor weights = scores.maskedFill(upperTriangle(t, x.type()), Double.NEGATIVE_INFINITY).softmax(1);
        return perBatch(weights, x.size(0)).matmul(x);
    }

    /** (T, T) with 1 on and below the diagonal, 0 above: torch.tril(torch.ones(T, T)). */
    public static Tensor lowerTriangle(long t, DataType type) {
        return Tensor.of(Nd4j.ones(type, t, t).reshape(t, t)).maskedFill(upperTriangle(t, type), 0);
    }

    /** (T, T) with 1 strictly above the diagonal: where position t would see the future. */
    public static Tensor upperTriangle(long t, DataType type) {
        double[][] m = new double[(int) t][(int) t];
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                m[i][j] = 1;
            }
        }
        return Tensor.of(Nd4j.createFromArray(m).castTo(type));
    }

    /** The same (T, T) matrix for each of {@code batch} sequences, (B, T, T), for a batched matmul. */
    public static Tensor perBatch(Tensor weights, long batch) {
        return Tensor.of(Nd4j.zeros(weights.type(), batch, weights.size(0), weights.size(1))).add(weights);
    }
}
