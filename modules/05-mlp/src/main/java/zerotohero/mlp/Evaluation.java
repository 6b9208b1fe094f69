package zerotohero.mlp;

import java.util.Arrays;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Todo;

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
        throw new Todo("05.5");
    }

    /** Exercise 05.5: the loss on the part of {@code splits} that was asked for. */
    public static double loss(MLP model, Splits splits, Part part) {
        throw new Todo("05.5");
    }
}
