package zerotohero.wavenet;

import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;
import zerotohero.kit.Todo;

/**
 * A learned vector for each of {@code count} symbols: the table {@code C} of module 05, as a module. Its
 * input is a tensor of ids of shape (B, T), as made by {@link #ids}; its output has shape (B, T, dim): for
 * every example and every position, the row of the table for that position's id.
 */
public final class Embedding extends Module {

    /** The table, (count, dim), drawn N(0, 1). */
    public final Tensor weight;

    public Embedding(int count, int dim) {
        this.weight = param("weight", Tensor.randn(count, dim));
    }

    /** A (B, T) tensor of ids from a batch of contexts, e.g. {@code ids(new int[][] {{0, 0, 5}, {0, 5, 13}})}. */
    public static Tensor ids(int[][] contexts) {
        if (contexts.length == 0) {
            throw new IllegalArgumentException("ids: the batch is empty; pass at least one context");
        }
        int t = contexts[0].length;
        double[][] rows = new double[contexts.length][];
        for (int b = 0; b < contexts.length; b++) {
            if (contexts[b].length != t) {
                throw new IllegalArgumentException("ids: context " + b + " has " + contexts[b].length
                        + " ids but context 0 has " + t + "; every context of a batch has the same length");
            }
            rows[b] = new double[t];
            for (int i = 0; i < t; i++) {
                rows[b][i] = contexts[b][i];
            }
        }
        return Tensor.of(rows);
    }

    /**
     * Exercise 08.1: look up the table's row for every id. For a (B, T) input the result is (B, T, dim),
     * in the graph, so that backward adds each use's gradient into its row of {@link #weight}. The ids are
     * numbers stored in a tensor: read them with {@code ids.data().ravel().toIntVector()}.
     */
    @Override
    public Tensor forward(Tensor ids) {
        throw new Todo("08.1");
    }

    @Override
    public String toString() {
        return "Embedding(" + weight.size(0) + ", " + weight.size(1) + ")";
    }
}
