package zerotohero.wavenet;

import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Vocabulary;
import zerotohero.kit.Todo;

/**
 * The hierarchical model seen as a convolution. To predict every character of a name, the plain way runs
 * the model once per position, on that position's window of {@code blockSize} characters; neighbouring
 * windows share most of their pairs, so most of that work is repeated. The tree's first level combines
 * characters t − 1 and t, the second level pairs t − 2 and t of the level below, the third t − 4 and t:
 * slid along the whole sequence, that is a causal convolution with kernel 2 and dilations 1, 2, 4, and one
 * pass computes every node once and every position's output at the same time.
 */
public final class Convolution {

    private Convolution() {
    }

    /** The ids of a name with {@code blockSize} '.' in front of it: the input whose windows are the name's contexts. */
    public static int[] padded(String name, Vocabulary vocab, int blockSize) {
        int[] ids = new int[blockSize + name.length()];
        int dot = vocab.stoi(Vocabulary.BOUNDARY);
        for (int i = 0; i < blockSize; i++) {
            ids[i] = dot;
        }
        for (int i = 0; i < name.length(); i++) {
            ids[blockSize + i] = vocab.stoi(name.charAt(i));
        }
        return ids;
    }

    /**
     * The plain way: the model applied to every window {@code sequence[i .. i + blockSize − 1]} as a batch;
     * row i of the (S − blockSize + 1, vocab) result is window i's logits. Given.
     */
    public static Tensor windows(Sequential model, int[] sequence, int blockSize) {
        requireLength(sequence, blockSize);
        int count = sequence.length - blockSize + 1;
        int[][] contexts = new int[count][blockSize];
        for (int i = 0; i < count; i++) {
            System.arraycopy(sequence, i, contexts[i], 0, blockSize);
        }
        try (NoGrad scope = NoGrad.enter()) {
            return Training.logits(model, contexts);
        }
    }

    /**
     * Exercise 08.7: the same (S − blockSize + 1, vocab) logits in one pass over the whole sequence. Embed
     * the sequence as one example, (1, S, C). Then go through the model's layers after the embedding: a
     * {@link FlattenConsecutive} of n with dilation d (1 at first) becomes "put side by side the positions
     * t − (n−1)·d, …, t − d, t for every t that has them" (n slices of the sequence dimension, concatenated
     * along the channels; oldest first, as FlattenConsecutive orders them), after which d is multiplied by n;
     * every other layer is applied as it is (Linear, batch norm in eval mode and Tanh work position by
     * position). Finally view the (1, S − blockSize + 1, vocab) result as a matrix.
     *
     * <p>Only meaningful in eval mode: in training mode batch norm would use this one sequence's statistics.
     */
    public static Tensor everyPosition(Sequential model, int[] sequence) {
        throw new Todo("08.7");
    }

    private static void requireLength(int[] sequence, int blockSize) {
        if (sequence.length < blockSize) {
            throw new IllegalArgumentException("a sequence of " + sequence.length + " ids has no window of "
                    + blockSize + ": pad it with blockSize '.' in front (see padded)");
        }
    }
}
