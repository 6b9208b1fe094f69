package zerotohero.mlp;

import zerotohero.kit.NoGrad;
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
        double cumulative = 0;
        for (int i = 0; i < probs.length; i++) {
            cumulative += probs[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probs.length - 1;
    }

    /**
     * Exercise 05.7: one name. Start from a context of boundary ids; repeat: softmax of the model's logits
     * for the context, {@code draw(probs, random.random())}, slide the context; stop at the boundary (not
     * part of the name) or after {@link #MAX_LENGTH} characters. No gradients are needed.
     */
    public static String sample(MLP model, Vocabulary vocab, PythonRandom random) {
        try (NoGrad scope = NoGrad.enter()) {
            int block = model.config.blockSize();
            int[] context = new int[block];
            StringBuilder name = new StringBuilder();
            while (name.length() < MAX_LENGTH) {
                double[] probs = model.forward(new int[][] {context}).softmax(1).data().toDoubleVector();
                int next = draw(probs, random.random());
                if (next == 0) {
                    break;
                }
                name.append(vocab.itos(next));
                System.arraycopy(context, 1, context, 0, block - 1);
                context[block - 1] = next;
            }
            return name.toString();
        }
    }
}
