package zerotohero.kit.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/**
 * A learned vector for each of {@code count} symbols: a (count, dim) table read by index. The input is a
 * tensor of integer ids of any shape (use {@link #ids}); the output has that shape plus a last dimension
 * of size {@code dim}. Backward adds each use's gradient into its row, so a symbol seen twice in a batch
 * learns from both.
 */
public final class Embedding extends Module {

    public final Tensor weight;

    public Embedding(int count, int dim) {
        this.weight = param("weight", Tensor.randn(count, dim));
    }

    /** A tensor of ids, e.g. a batch of contexts {@code ids(new int[][] {{0, 0, 5}, {0, 5, 13}})}. */
    public static Tensor ids(int[]... rows) {
        return Tensor.of(Nd4j.createFromArray(rows).castTo(DataType.INT32));
    }

    /** A 1-D tensor of ids. */
    public static Tensor ids(int... ids) {
        return Tensor.of(Nd4j.createFromArray(ids));
    }

    @Override
    public Tensor forward(Tensor ids) {
        long[] shape = Arrays.copyOf(ids.shape(), ids.rank() + 1);
        shape[ids.rank()] = weight.size(1);
        return weight.rows(ids.data().ravel().toIntVector()).view(shape);
    }
}
