package zerotohero.mlp;

import zerotohero.kit.NoGrad;
import zerotohero.kit.Todo;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.data.Vocabulary;

/** Makes up new names, one character at a time, from a trained model. */
public final class Sampler {

    /** A name stops here even if the model never chooses the boundary. */
    public static final int MAX_LENGTH = 50;

    private Sampler() {
    }

    /**
     * Exercise 05.7: the index drawn from {@code probs} by the uniform number {@code u} in [0, 1): the first
     * index whose cumulative probability exceeds u (the last index if rounding leaves u above them all).
     */
    public static int draw(double[] probs, double u) {
        throw new Todo("05.7");
    }

    /**
     * Exercise 05.7: one name. Start from a context of boundary ids; repeat: softmax of the model's logits
     * for the context, {@code draw(probs, random.random())}, slide the context; stop at the boundary (not
     * part of the name) or after {@link #MAX_LENGTH} characters. No gradients are needed.
     */
    public static String sample(MLP model, Vocabulary vocab, PythonRandom random) {
        throw new Todo("05.7");
    }
}
