package zerotohero.gpt;

import java.util.List;
import java.util.Map;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Embedding;
import zerotohero.kit.nn.Module;

/**
 * What training and sampling need of a model: token ids (B, T) in, logits (B, T, vocab) out, and the
 * longest context it can read. The bigram model, the steps of the ladder and the GPT all are one. (The
 * other methods are {@link Module}'s.)
 */
public interface LanguageModel {

    /** Logits (B, T, vocab) for token ids (B, T); see {@link #ids}. */
    Tensor forward(Tensor ids);

    /** The longest context the model reads. */
    int blockSize();

    Map<String, Tensor> namedParameters();

    List<Tensor> parameters();

    long parameterCount();

    Module train();

    Module eval();

    void zeroGrad();

    /** A (B, T) tensor of token ids. */
    static Tensor ids(int[][] rows) {
        return Embedding.ids(rows);
    }

    /** The mean cross-entropy of the logits (B, T, vocab) against the batch's targets. */
    static Tensor loss(Tensor logits, Data.Batch batch) {
        long b = logits.size(0);
        long t = logits.size(1);
        return logits.view(b * t, logits.size(2)).crossEntropy(batch.targets());
    }
}
