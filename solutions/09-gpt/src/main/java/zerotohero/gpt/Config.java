package zerotohero.gpt;

/**
 * The settings that fix a GPT's shape, named as in the lecture's gpt.py: the vocabulary size, the
 * longest context it reads ({@code block_size}), the width of every token's vector ({@code n_embd}), the
 * number of attention heads per block and of blocks, and the dropout rate while training.
 */
public record Config(int vocabSize, int blockSize, int nEmbd, int nHead, int nLayer, double dropout) {

    public Config {
        if (vocabSize < 1 || blockSize < 1 || nEmbd < 1 || nHead < 1 || nLayer < 0) {
            throw new IllegalArgumentException("every size must be positive: " + this);
        }
        if (nEmbd % nHead != 0) {
            throw new IllegalArgumentException("n_embd " + nEmbd + " is not a multiple of n_head " + nHead
                    + ": each head gets n_embd / n_head channels, so choose sizes that divide");
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** The lecture's final model: 6 blocks of 6 heads, n_embd 384, context 256, dropout 0.2 (10,788,929 parameters). */
    public static Config lecture(int vocabSize) {
        return new Config(vocabSize, 256, 384, 6, 6, 0.2);
    }

    /** nanoGPT's CPU "baby GPT": 4 blocks of 4 heads, n_embd 128, context 64, no dropout. */
    public static Config baby(int vocabSize) {
        return new Config(vocabSize, 64, 128, 4, 4, 0.0);
    }

    /** The lecture's small model while it is being built: n_embd 32, context 8, 3 blocks of 4 heads. */
    public static Config ladder(int vocabSize) {
        return new Config(vocabSize, 8, 32, 4, 3, 0.0);
    }

    /** The channels each head attends with. */
    public int headSize() {
        return nEmbd / nHead;
    }

    public Config withDropout(double p) {
        return new Config(vocabSize, blockSize, nEmbd, nHead, nLayer, p);
    }
}
