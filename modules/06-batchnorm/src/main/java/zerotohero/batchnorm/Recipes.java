package zerotohero.batchnorm;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/** The layers of each {@link Recipe}, initialised as the lecture's log of fixes says. */
public final class Recipes {

    private Recipes() {
    }

    /**
     * Exercise 06.1: the output layer (nHidden → vocab). {@code ORIGINAL}: weight and bias N(0, 1). Every
     * other recipe: weight N(0, 1)×0.01 and bias zero, so the first logits are all near 0, the first
     * softmax near uniform and the first loss near −ln(1/vocab). Draw the weight before the bias.
     */
    public static Linear output(int nHidden, int vocab, Recipe recipe) {
        throw new Todo("06.1");
    }

    /**
     * Exercise 06.3: the hidden layer (fanIn → nHidden), weight drawn before bias. {@code ORIGINAL} and
     * {@code FIX_SOFTMAX}: weight and bias N(0, 1). {@code FIX_TANH}: weight ×0.2, bias ×0.01.
     * {@code KAIMING}: weight {@link Init#kaiming} with the tanh gain, bias N(0, 1)×0.01.
     * {@code BATCH_NORM}: Kaiming weight and no bias at all (the batch norm after it removes any constant).
     */
    public static Linear hidden(int fanIn, int nHidden, Recipe recipe) {
        throw new Todo("06.3");
    }
}
