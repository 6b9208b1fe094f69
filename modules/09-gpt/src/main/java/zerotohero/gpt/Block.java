package zerotohero.gpt;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Module;

/**
 * A transformer block: communication (multi-head attention), then computation (feed-forward), each
 * applied to a layer-normalised copy of x and added back onto x. The additions are the residual stream:
 * the gradient flows from the loss straight down to the embeddings through the + nodes, and each block
 * starts out contributing little, so a deep stack trains as easily as a shallow one. Normalising before
 * each sub-layer (pre-norm) is the change GPT-2 made to the 2017 paper.
 */
public final class Block extends Module {

    final MultiHeadAttention sa;
    final FeedForward ffwd;
    final LayerNorm ln1;
    final LayerNorm ln2;

    public Block(Config c) {
        this.sa = child("sa", new MultiHeadAttention(c.nEmbd(), c.nHead(), c.headSize(), c.blockSize(), c.dropout()));
        this.ffwd = child("ffwd", new FeedForward(c.nEmbd(), c.dropout()));
        this.ln1 = child("ln1", new LayerNorm(c.nEmbd()));
        this.ln2 = child("ln2", new LayerNorm(c.nEmbd()));
    }

    /** Exercise 09.6: x = x + sa(ln1(x)), then x = x + ffwd(ln2(x)). */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("09.6");
    }
}
