package zerotohero.gpt;

import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Embedding;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;

/**
 * The lecture's path from the bigram to the transformer, one rung at a time, all at n_embd 32 and
 * context 8, each trained the same way so that their validation losses can be compared:
 * <ol>
 *   <li>{@code bigram}: the lookup table (lr 1e-2, 3,000 steps);</li>
 *   <li>{@code one-head}: token and position embeddings, one attention head of size 32, a linear head;</li>
 *   <li>{@code multi-head}: four heads of size 8 instead;</li>
 *   <li>{@code feed-forward}: plus a feed-forward layer after the attention;</li>
 *   <li>{@code blocks}: the GPT: three blocks of four heads with residual connections and layer norms.</li>
 * </ol>
 * The middle rungs use this module's final {@link MultiHeadAttention} and {@link FeedForward} (with the
 * projection and the 4× width that the lecture adds only one rung later).
 */
public enum Ladder {
    BIGRAM("bigram", 2.49),
    ONE_HEAD("one-head", 2.40),
    MULTI_HEAD("multi-head", 2.28),
    FEED_FORWARD("feed-forward", 2.24),
    BLOCKS("blocks", 2.06);

    /** The run's name, and its results file: results/&lt;slug&gt;.json. */
    public final String slug;
    /** The validation loss the lecture reports for this rung. */
    public final double lectureVal;

    Ladder(String slug, double lectureVal) {
        this.slug = slug;
        this.lectureVal = lectureVal;
    }

    /** A fresh model for this rung. */
    public LanguageModel model(int vocabSize) {
        Config c = Config.ladder(vocabSize);
        return switch (this) {
            case BIGRAM -> new Bigram(vocabSize, c.blockSize());
            case BLOCKS -> new GPT(c);
            default -> new Rung(this, c);
        };
    }

    /** The lecture's settings: AdamW at 1e-2 for 3,000 steps for the bigram, 1e-3 for 5,000 steps otherwise. */
    public Training.Settings settings() {
        return this == BIGRAM ? Training.Settings.ladder(3000, 1e-2).withEval(300, 200)
                : Training.Settings.ladder(5000, 1e-3);
    }

    /** Embeddings, attention (one head or four), an optional feed-forward, and a linear head; no residuals. */
    static final class Rung extends Module implements LanguageModel {
        final Config config;
        final Embedding tokenEmbeddingTable;
        final Embedding positionEmbeddingTable;
        final Module attention;
        final FeedForward ffwd;
        final Linear lmHead;

        Rung(Ladder rung, Config c) {
            this.config = c;
            this.tokenEmbeddingTable = child("token_embedding_table", new Embedding(c.vocabSize(), c.nEmbd()));
            this.positionEmbeddingTable = child("position_embedding_table", new Embedding(c.blockSize(), c.nEmbd()));
            this.attention = rung == ONE_HEAD
                    ? child("sa_head", new Head(c.nEmbd(), c.nEmbd(), c.blockSize(), 0))
                    : child("sa_heads", new MultiHeadAttention(c.nEmbd(), c.nHead(), c.headSize(), c.blockSize(), 0));
            this.ffwd = rung == FEED_FORWARD ? child("ffwd", new FeedForward(c.nEmbd(), 0)) : null;
            this.lmHead = child("lm_head", new Linear(c.nEmbd(), c.vocabSize()));
        }

        @Override
        public int blockSize() {
            return config.blockSize();
        }

        @Override
        public Tensor forward(Tensor ids) {
            int t = (int) ids.size(1);
            int[] positions = new int[t];
            for (int i = 0; i < t; i++) {
                positions[i] = i;
            }
            Tensor x = tokenEmbeddingTable.forward(ids).add(positionEmbeddingTable.forward(Embedding.ids(positions)));
            x = attention.forward(x);
            if (ffwd != null) {
                x = ffwd.forward(x);
            }
            return lmHead.forward(x);
        }
    }
}
