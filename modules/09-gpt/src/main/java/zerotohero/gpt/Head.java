package zerotohero.gpt;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Dropout;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;

/**
 * One head of causal self-attention. Every position emits three vectors of {@code headSize} numbers: a
 * query (what am I looking for?), a key (what do I contain?) and a value (what do I pass on if chosen).
 * The affinity of position t for position s is the dot product q_t·k_s, scaled by 1/√headSize so that the
 * scores keep unit variance and the softmax stays soft at initialisation; positions after t are masked to
 * −∞ so that t cannot see the future; a softmax over s turns each row into weights that sum to 1; and
 * the output at t is the weighted sum of the values.
 *
 * <p>The mask is {@code tril}, ones on and below the diagonal, registered as a buffer as in the lecture
 * (so it is part of the saved model, like PyTorch's {@code register_buffer}).
 */
public final class Head extends Module {

    final Linear key;
    final Linear query;
    final Linear value;
    final Tensor tril;
    /** 1 strictly above the diagonal: where a position would see the future. */
    final Tensor future;
    final Dropout dropout;
    final int headSize;
    /** The attention weights (B, T, T) of the last forward pass, after the softmax and before dropout. */
    public Tensor weights;

    public Head(int nEmbd, int headSize, int blockSize, double dropout) {
        this.key = child("key", new Linear(nEmbd, headSize, false));
        this.query = child("query", new Linear(nEmbd, headSize, false));
        this.value = child("value", new Linear(nEmbd, headSize, false));
        this.future = Averages.upperTriangle(blockSize, Tensor.DEFAULT_TYPE);
        this.tril = buffer("tril", Averages.lowerTriangle(blockSize, Tensor.DEFAULT_TYPE));
        this.dropout = child("dropout", new Dropout(dropout));
        this.headSize = headSize;
    }

    /**
     * Exercise 09.4: x (B, T, C) to (B, T, headSize). k, q, v from the three linear layers; scores
     * q @ kᵀ (transpose the last two dimensions of k) times headSize^−0.5; −∞ where {@link #future} (cut
     * to T × T) is 1; softmax over the last dimension (over the positions s being looked at); keep the
     * result in {@link #weights}; dropout; then weights @ v.
     */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("09.4");
    }
}
