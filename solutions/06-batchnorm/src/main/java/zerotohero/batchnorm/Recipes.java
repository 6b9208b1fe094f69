package zerotohero.batchnorm;

import zerotohero.kit.Tensor;

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
        if (recipe == Recipe.ORIGINAL) {
            Tensor w = Tensor.randn(nHidden, vocab);
            return new Linear(w, Tensor.randn(vocab));
        }
        return new Linear(Tensor.randn(nHidden, vocab).mul(0.01), Tensor.zeros(vocab));
    }

    /**
     * Exercise 06.3: the hidden layer (fanIn → nHidden), weight drawn before bias. {@code ORIGINAL} and
     * {@code FIX_SOFTMAX}: weight and bias N(0, 1). {@code FIX_TANH}: weight ×0.2, bias ×0.01.
     * {@code KAIMING}: weight {@link Init#kaiming} with the tanh gain, bias N(0, 1)×0.01.
     * {@code BATCH_NORM}: Kaiming weight and no bias at all (the batch norm after it removes any constant).
     */
    public static Linear hidden(int fanIn, int nHidden, Recipe recipe) {
        return switch (recipe) {
            case ORIGINAL, FIX_SOFTMAX -> {
                Tensor w = Tensor.randn(fanIn, nHidden);
                yield new Linear(w, Tensor.randn(nHidden));
            }
            case FIX_TANH -> {
                Tensor w = Tensor.randn(fanIn, nHidden).mul(0.2);
                yield new Linear(w, Tensor.randn(nHidden).mul(0.01));
            }
            case KAIMING -> {
                Tensor w = Init.kaiming(fanIn, nHidden, Init.TANH_GAIN);
                yield new Linear(w, Tensor.randn(nHidden).mul(0.01));
            }
            case BATCH_NORM -> new Linear(Init.kaiming(fanIn, nHidden, Init.TANH_GAIN), null);
        };
    }
}
