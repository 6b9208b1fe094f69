package zerotohero.gpt;

import java.util.Map;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Embedding;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;
import zerotohero.kit.nn.Sequential;

/**
 * A decoder-only transformer, the lecture's gpt.py: each token id becomes the sum of a token embedding
 * (what it is) and a position embedding (where it is), the vectors pass through {@code nLayer} blocks of
 * attention and feed-forward, a final layer norm, and a linear head turns each position's vector into
 * logits over the vocabulary for the next token.
 *
 * <p>Parameter names are the lecture's {@code state_dict} keys ({@code token_embedding_table.weight},
 * {@code blocks.0.sa.heads.0.key.weight}, ..., {@code lm_head.bias}), so a checkpoint written here loads
 * into the lecture's PyTorch model. Linear and embedding weights start as N(0, 0.02²) and biases at 0, as
 * the lecture's {@code _init_weights} does.
 */
public final class GPT extends Module implements LanguageModel {

    public final Config config;
    final Embedding tokenEmbeddingTable;
    final Embedding positionEmbeddingTable;
    final Sequential blocks;
    final LayerNorm lnF;
    final Linear lmHead;

    public GPT(Config config) {
        this.config = config;
        this.tokenEmbeddingTable = child("token_embedding_table", new Embedding(config.vocabSize(), config.nEmbd()));
        this.positionEmbeddingTable = child("position_embedding_table", new Embedding(config.blockSize(), config.nEmbd()));
        Block[] bs = new Block[config.nLayer()];
        for (int i = 0; i < bs.length; i++) {
            bs[i] = new Block(config);
        }
        this.blocks = child("blocks", new Sequential(bs));
        this.lnF = child("ln_f", new LayerNorm(config.nEmbd()));
        this.lmHead = child("lm_head", new Linear(config.nEmbd(), config.vocabSize()));
        initWeights(this);
    }

    /** N(0, 0.02²) for every matrix (linear and embedding weights); biases already start at 0, layer norms at 1 and 0. */
    static void initWeights(Module model) {
        for (Tensor t : model.parameters()) {
            if (t.rank() == 2) {
                t.data().assign(Tensor.randn(t.shape()).data().muli(0.02));
            }
        }
    }

    @Override
    public int blockSize() {
        return config.blockSize();
    }

    public Block block(int i) {
        return (Block) blocks.layers().get(i);
    }

    /**
     * Exercise 09.7: ids (B, T) to logits (B, T, vocab). Token embeddings (B, T, C) plus position
     * embeddings of 0..T−1 (T, C, broadcast over the batch; {@code Embedding.ids(int...)}), every block in
     * order, {@link #lnF}, {@link #lmHead}. A T above block_size is an error: there is no position
     * embedding for it.
     */
    @Override
    public Tensor forward(Tensor ids) {
        throw new Todo("09.7");
    }

    /**
     * Exercise 09.7: the number of parameters a GPT of this configuration has, counted from the sizes alone
     * (no model built): the two embedding tables, per block the keys, queries and values (no bias), the
     * projection and the two feed-forward layers (with biases) and two layer norms, the final layer norm
     * and the head. The lecture's configuration gives 10,788,929.
     */
    public static long countParameters(Config c) {
        throw new Todo("09.7");
    }
}
