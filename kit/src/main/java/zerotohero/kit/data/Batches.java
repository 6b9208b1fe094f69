package zerotohero.kit.data;

/**
 * Minibatches: instead of computing the loss over the whole dataset for every step, use a small random
 * sample of it. The gradient is noisier but each step is far cheaper, and many cheap noisy steps beat
 * few exact ones.
 *
 * <p>Two kinds, as in the lectures:
 * <ul>
 *   <li>{@link #indices}: random example numbers, to pick rows of X and Y ({@code torch.randint(0, n, (32,))});</li>
 *   <li>{@link #windows}: for a GPT, B random windows of T consecutive tokens from one long token array;
 *       the targets are the same windows shifted by one ({@code x = data[i:i+T]}, {@code y = data[i+1:i+T+1]}),
 *       so one window holds T training examples, one per prefix length.</li>
 * </ul>
 * Both take a seeded {@link PythonRandom}, so a run can be replayed exactly.
 */
public final class Batches {

    private Batches() {
    }

    /** {@code batchSize} random example numbers in [0, n), drawn independently (repeats are possible). */
    public static int[] indices(int n, int batchSize, PythonRandom random) {
        if (n <= 0) {
            throw new IllegalArgumentException("cannot sample from an empty dataset (n = " + n + ")");
        }
        checkPositive("batchSize", batchSize);
        int[] indices = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            indices[b] = random.randbelow(n);
        }
        return indices;
    }

    /** The rows of a matrix at the given indices: {@code Xtr[ix]} in the lectures. */
    public static int[][] rows(int[][] matrix, int[] indices) {
        int[][] rows = new int[indices.length][];
        for (int b = 0; b < indices.length; b++) {
            rows[b] = matrix[indices[b]].clone();
        }
        return rows;
    }

    /** The elements of an array at the given indices: {@code Ytr[ix]} in the lectures. */
    public static int[] rows(int[] array, int[] indices) {
        int[] rows = new int[indices.length];
        for (int b = 0; b < indices.length; b++) {
            rows[b] = array[indices[b]];
        }
        return rows;
    }

    /**
     * {@code batchSize} windows of {@code blockSize} consecutive tokens at random starts, with their targets.
     * Starts are drawn in [0, tokens.length − blockSize), so every target window fits too.
     */
    public static Batch windows(int[] tokens, int batchSize, int blockSize, PythonRandom random) {
        checkPositive("batchSize", batchSize);
        checkPositive("blockSize", blockSize);
        if (tokens.length <= blockSize) {
            throw new IllegalArgumentException("a window of blockSize " + blockSize + " plus its shifted target needs"
                    + " at least " + (blockSize + 1) + " tokens, but there are only " + tokens.length);
        }
        int[] starts = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            starts[b] = random.randbelow(tokens.length - blockSize);
        }
        return windowsAt(tokens, starts, blockSize);
    }

    /**
     * The windows that start at the given positions: {@code x[b] = tokens[s:s+T]},
     * {@code y[b] = tokens[s+1:s+T+1]}.
     */
    public static Batch windowsAt(int[] tokens, int[] starts, int blockSize) {
        checkPositive("blockSize", blockSize);
        int[][] x = new int[starts.length][blockSize];
        int[][] y = new int[starts.length][blockSize];
        for (int b = 0; b < starts.length; b++) {
            int s = starts[b];
            if (s < 0 || s + blockSize + 1 > tokens.length) {
                throw new IllegalArgumentException("a window at " + s + " with its target needs tokens " + s + ".."
                        + (s + blockSize) + ", but there are only " + tokens.length + " tokens");
            }
            System.arraycopy(tokens, s, x[b], 0, blockSize);
            System.arraycopy(tokens, s + 1, y[b], 0, blockSize);
        }
        return new Batch(x, y);
    }

    private static void checkPositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /**
     * A batch of (B, T) inputs and the (B, T) targets: {@code y[b][t]} is the token that follows
     * {@code x[b][0..t]}.
     *
     * @param x the inputs, B rows of T token ids
     * @param y the targets, the same windows shifted one token to the right
     */
    public record Batch(int[][] x, int[][] y) {

        /** B, the number of windows. */
        public int batchSize() {
            return x.length;
        }

        /** T, the length of each window. */
        public int blockSize() {
            return x.length == 0 ? 0 : x[0].length;
        }
    }
}
