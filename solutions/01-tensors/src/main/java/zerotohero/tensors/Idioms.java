package zerotohero.tensors;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Four everyday tensor idioms, written with ND4J's {@code INDArray} and broadcasting instead of loops.
 * None of them changes its input.
 */
public final class Idioms {

    private Idioms() {
    }

    /**
     * Each row divided by its own sum, so every row sums to 1 (a count matrix becomes a matrix of
     * probabilities). The row sums keep their dimension, shape (n, 1), so they broadcast across columns;
     * without keepdim they would have shape (n) and, on a square matrix, silently divide the columns.
     */
    public static INDArray normalizeRows(INDArray counts) {
        return counts.div(counts.sum(true, 1));
    }

    /**
     * The softmax of each row: exp(x − max) / Σ exp(x − max). Subtracting the row's maximum changes
     * nothing mathematically (it cancels) but keeps exp from overflowing: logits of 1000 would give ∞/∞.
     */
    public static INDArray softmax(INDArray logits) {
        INDArray shifted = logits.sub(logits.max(true, 1));
        INDArray e = Transforms.exp(shifted, false);
        return e.divi(e.sum(true, 1));
    }

    /**
     * A float matrix with one row per index and a 1 in that index's column, 0 elsewhere.
     *
     * @throws IllegalArgumentException if an index is outside [0, classes); the message names the index,
     *     its position and the number of classes
     */
    public static INDArray oneHot(int[] indices, int classes) {
        INDArray out = Nd4j.zeros(DataType.FLOAT, indices.length, classes);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= classes) {
                throw new IllegalArgumentException("index " + indices[i] + " at position " + i
                        + " is outside the " + classes + " classes [0, " + classes + ")");
            }
            out.putScalar(i, indices[i], 1f);
        }
        return out;
    }

    /**
     * The Euclidean distance between every row of {@code a} (n × d) and every row of {@code b} (m × d), an
     * n × m matrix, by broadcasting: a as (n, 1, d) minus b as (1, m, d) gives all n·m differences at once.
     *
     * @throws IllegalArgumentException if a and b are not matrices with the same number of columns
     */
    public static INDArray pairwiseDistances(INDArray a, INDArray b) {
        if (a.rank() != 2 || b.rank() != 2 || a.size(1) != b.size(1)) {
            throw new IllegalArgumentException("need two matrices with the same number of columns, got shapes "
                    + java.util.Arrays.toString(a.shape()) + " and " + java.util.Arrays.toString(b.shape()));
        }
        INDArray diff = a.reshape(a.size(0), 1, a.size(1)).sub(b.reshape(1, b.size(0), b.size(1)));
        return Transforms.sqrt(diff.muli(diff).sum(2), false);
    }
}
