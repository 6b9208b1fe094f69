package zerotohero.mlp;

import java.util.Arrays;
import zerotohero.kit.NoGrad;

/** The loss of a model on a whole dataset, without building a graph. */
public final class Evaluation {

    /** Which third of the data. */
    public enum Part { TRAIN, DEV, TEST }

    /** Examples per forward pass: bounds the memory a large split needs. */
    static final int CHUNK = 16_384;

    private Evaluation() {
    }

    /**
     * Exercise 05.5: the mean cross-entropy of {@code model} over every example of {@code data}, inside a
     * {@code NoGrad} scope. Go through the data in chunks of at most {@link #CHUNK} rows and weight each
     * chunk's mean by its size, so the result equals one pass over everything.
     */
    public static double loss(MLP model, Examples data) {
        try (NoGrad scope = NoGrad.enter()) {
            double total = 0;
            for (int from = 0; from < data.size(); from += CHUNK) {
                int to = Math.min(data.size(), from + CHUNK);
                int[][] x = Arrays.copyOfRange(data.x(), from, to);
                int[] y = Arrays.copyOfRange(data.y(), from, to);
                total += model.forward(x).crossEntropy(y).item() * (to - from);
            }
            return total / data.size();
        }
    }

    /** Exercise 05.5: the loss on the part of {@code splits} that was asked for. */
    public static double loss(MLP model, Splits splits, Part part) {
        return loss(model, switch (part) {
            case TRAIN -> splits.train();
            case DEV -> splits.dev();
            case TEST -> splits.test();
        });
    }
}
