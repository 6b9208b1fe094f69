package zerotohero.gpt;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Dropout;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;
import zerotohero.kit.nn.Sequential;

/**
 * Several heads side by side, each free to attend to something else (one to the previous vowel, one to
 * the start of the word, ...), their outputs joined along the channels and mixed back into the residual
 * stream by a linear projection, then dropout.
 */
public final class MultiHeadAttention extends Module {

    final Sequential heads;
    final Linear proj;
    final Dropout dropout;

    public MultiHeadAttention(int nEmbd, int nHead, int headSize, int blockSize, double dropout) {
        Head[] hs = new Head[nHead];
        for (int i = 0; i < nHead; i++) {
            hs[i] = new Head(nEmbd, headSize, blockSize, dropout);
        }
        this.heads = child("heads", new Sequential(hs));
        this.proj = child("proj", new Linear(nHead * headSize, nEmbd));
        this.dropout = child("dropout", new Dropout(dropout));
    }

    /** The heads, in order. */
    public Head head(int i) {
        return (Head) heads.layers().get(i);
    }

    public int headCount() {
        return heads.layers().size();
    }

    /**
     * Exercise 09.5: x (B, T, C) to (B, T, C): every head on x, the outputs concatenated along the last
     * dimension ({@code Tensor.cat}), then {@link #proj}, then {@link #dropout}.
     */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("09.5");
    }
}
