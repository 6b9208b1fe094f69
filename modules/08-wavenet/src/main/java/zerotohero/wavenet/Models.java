package zerotohero.wavenet;

import java.util.function.IntFunction;
import zerotohero.kit.NoGrad;
import zerotohero.kit.nn.Module;
import zerotohero.kit.Todo;

/** The lecture's models, each one {@link Sequential} from ids (B, T) to logits (B, vocab). */
public final class Models {

    private Models() {
    }

    /** The sizes of a model: vocabulary, context length, embedding width, hidden width. */
    public record Config(int vocabSize, int blockSize, int nEmbd, int nHidden) {

        public Config {
            if (vocabSize < 1 || blockSize < 1 || nEmbd < 1 || nHidden < 1) {
                throw new IllegalArgumentException("every size must be positive: " + this);
            }
        }

        /** The lecture's final model: 27 characters, context 8, embeddings of 24, 128 hidden units. */
        public static Config scaledUp() {
            return new Config(27, 8, 24, 128);
        }
    }

    /**
     * Module 05's and 06's network as one container: Embedding, FlattenConsecutive(blockSize) (the whole
     * context in one go), Linear (no bias) → BatchNorm1d → Tanh, then Linear to the vocabulary with its
     * weight ×0.1. Context 3 with 10 and 200: 12,097 parameters; context 8: 22,097.
     */
    public static Sequential flat(Config c) {
        Embedding embedding = new Embedding(c.vocabSize(), c.nEmbd());
        FlattenConsecutive flatten = new FlattenConsecutive(c.blockSize());
        Linear hidden = new Linear(c.blockSize() * c.nEmbd(), c.nHidden(), false);
        BatchNorm1d norm = new BatchNorm1d(c.nHidden());
        Linear output = new Linear(c.nHidden(), c.vocabSize(), true);
        lessConfident(output);
        return new Sequential(embedding, flatten, hidden, norm, new Tanh(), output);
    }

    /** The hierarchical model with your {@link BatchNorm1d}: 76,579 parameters for {@link Config#scaledUp}. */
    public static Sequential hierarchical(Config c) {
        return hierarchical(c, BatchNorm1d::new);
    }

    /**
     * Exercise 08.5: the tree. Embedding(vocab, nEmbd); then, while more than one position is left, a level
     * of FlattenConsecutive(2) → Linear(2·width, nHidden, no bias) → batchNorm(nHidden) → Tanh, where width
     * is nEmbd at the first level and nHidden after; then Linear(nHidden, vocab) with a bias and its weight
     * ×0.1 ({@link #lessConfident}). Create the layers in that order (the random draws follow it). A
     * blockSize that is not a power of two cannot be halved down to one position: say so.
     *
     * @param batchNorm makes the normalisation layer of a level from its width: {@code BatchNorm1d::new}, or
     *     {@code PerPositionBatchNorm1d::new} to reproduce the lecture's bug
     */
    public static Sequential hierarchical(Config c, IntFunction<Module> batchNorm) {
        throw new Todo("08.5");
    }

    /** Scales a layer's weight by 0.1 in place, so the first predictions are nearly uniform (module 06). */
    static void lessConfident(Linear layer) {
        try (NoGrad scope = NoGrad.enter()) {
            layer.weight.data().muli(0.1);
        }
    }
}
