package zerotohero.mlp;

import java.util.List;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/**
 * The model of Bengio et al. (2003), sized as in the lesson: every character has a learned vector of
 * {@code nEmbd} numbers (a row of the table {@code C}); the vectors of the {@code blockSize} characters of a
 * context are laid side by side, go through one tanh hidden layer, and a last linear layer gives one score
 * (logit) per possible next character.
 *
 * <pre>
 *   x (n, block) ──C.rows──▶ (n·block, nEmbd) ──view──▶ (n, block·nEmbd)
 *     ──@W1 + b1, tanh──▶ h (n, nHidden) ──@W2 + b2──▶ logits (n, vocab)
 * </pre>
 */
public final class MLP {

    /** The sizes of the model. */
    public record Config(int vocabSize, int blockSize, int nEmbd, int nHidden) {

        /** The lecture's model: 27 characters, a context of 3, 10-dimensional embeddings, 200 tanh units. */
        public static Config lecture() {
            return new Config(27, 3, 10, 200);
        }
    }

    public final Config config;
    /** The embedding table, one row per character: (vocab, nEmbd). */
    public final Tensor C;
    public final Tensor W1;
    public final Tensor b1;
    public final Tensor W2;
    public final Tensor b2;

    /**
     * Every parameter drawn from N(0, 1), as in the lecture (module 06 explains why this is not a good
     * idea). The draws come from kit's generator: call {@code Tensor.manualSeed} first for a repeatable model.
     */
    public MLP(Config config) {
        this(config, Tensor.randn(config.vocabSize(), config.nEmbd()),
                Tensor.randn((long) config.blockSize() * config.nEmbd(), config.nHidden()),
                Tensor.randn(config.nHidden()), Tensor.randn(config.nHidden(), config.vocabSize()),
                Tensor.randn(config.vocabSize()));
    }

    /** A model with the given parameters (they become learnable); the shapes must fit the config. */
    public MLP(Config config, Tensor C, Tensor W1, Tensor b1, Tensor W2, Tensor b2) {
        this.config = config;
        this.C = C.requireGrad();
        this.W1 = W1.requireGrad();
        this.b1 = b1.requireGrad();
        this.W2 = W2.requireGrad();
        this.b2 = b2.requireGrad();
    }

    /** The parameters in the lecture's order: C, W1, b1, W2, b2. */
    public List<Tensor> parameters() {
        return List.of(C, W1, b1, W2, b2);
    }

    /**
     * Exercise 05.3: the number of learned numbers (11,897 for the lecture's sizes). Count from the
     * parameters themselves, not from a formula: it must stay right if the model changes.
     */
    public long parameterCount() {
        throw new Todo("05.3");
    }

    /**
     * Exercise 05.3: the embeddings of each context, concatenated: shape (n, blockSize·nEmbd), row i being
     * C[x[i][0]], then C[x[i][1]], ..., then C[x[i][block-1]] side by side (the oldest character first).
     * Look the rows up with {@code C.rows(ids)} and rearrange them with {@code view}: no copying loops.
     */
    public Tensor embed(int[][] x) {
        throw new Todo("05.3");
    }

    /** Exercise 05.3: the hidden layer's activations, tanh(embed(x) @ W1 + b1), shape (n, nHidden). */
    public Tensor hidden(int[][] x) {
        throw new Todo("05.3");
    }

    /** Exercise 05.3: the logits, hidden(x) @ W2 + b2, shape (n, vocab). */
    public Tensor forward(int[][] x) {
        throw new Todo("05.3");
    }
}
