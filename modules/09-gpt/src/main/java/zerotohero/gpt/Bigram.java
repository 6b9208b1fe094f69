package zerotohero.gpt;

import java.util.Arrays;
import java.util.Random;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Embedding;
import zerotohero.kit.nn.Module;

/**
 * The baseline: the next character depends on the current one only. A (vocab, vocab) table holds, in
 * row i, the logits of the character that follows character i; the model is one lookup. 65 × 65 = 4,225
 * parameters, and a validation loss near 2.5 after training, against ln 65 ≈ 4.17 for a uniform guess.
 */
public final class Bigram extends Module implements LanguageModel {

    final Embedding tokenEmbeddingTable;
    final int blockSize;

    /** {@code blockSize} is only the length of the training windows (the lecture's 8): the model reads one token. */
    public Bigram(int vocabSize, int blockSize) {
        this.blockSize = blockSize;
        this.tokenEmbeddingTable = child("token_embedding_table", new Embedding(vocabSize, vocabSize));
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    /** Exercise 09.2: logits (B, T, vocab) for ids (B, T): row ids[b][t] of the table, for every b and t. */
    @Override
    public Tensor forward(Tensor ids) {
        throw new Todo("09.2");
    }

    /**
     * Exercise 09.2: extends {@code context} by {@code maxNewTokens} tokens, one at a time: the logits at the
     * last position, softmax, one draw with {@link Sampler#draw}. Returns the context followed by the new
     * tokens. Evaluation mode, no graph.
     */
    public int[] generate(int[] context, int maxNewTokens, Random random) {
        throw new Todo("09.2");
    }
}
