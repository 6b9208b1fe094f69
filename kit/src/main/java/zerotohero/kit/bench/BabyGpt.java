package zerotohero.kit.bench;

import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Dropout;
import zerotohero.kit.nn.Embedding;
import zerotohero.kit.nn.LayerNorm;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;
import zerotohero.kit.nn.Sequential;

/**
 * nanoGPT's model in kit, for the benchmark: token and position embeddings, pre-norm transformer blocks
 * (causal multi-head self-attention and a 4× GELU feed-forward, each with a residual connection), a
 * final layer norm, and a language-model head that shares the token embedding's weights. As in nanoGPT's
 * defaults, the linear layers have no bias.
 */
final class BabyGpt extends Module {

    record Config(int vocab, int blockSize, int layers, int heads, int embd, double dropout) {}

    private final Config config;
    private final Embedding tokens;
    private final Embedding positions;
    private final Sequential blocks;
    private final LayerNorm finalNorm;
    private final Tensor causal;

    BabyGpt(Config config) {
        this.config = config;
        this.tokens = child("wte", new Embedding(config.vocab(), config.embd()));
        this.positions = child("wpe", new Embedding(config.blockSize(), config.embd()));
        Module[] layers = new Module[config.layers()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = new Block(config);
        }
        this.blocks = child("h", new Sequential(layers));
        this.finalNorm = child("ln_f", new LayerNorm(config.embd()));
        // 1 above the diagonal: position t may not look at positions after t
        double[][] mask = new double[config.blockSize()][config.blockSize()];
        for (int i = 0; i < mask.length; i++) {
            for (int j = i + 1; j < mask.length; j++) {
                mask[i][j] = 1;
            }
        }
        this.causal = Tensor.of(mask);
    }

    /** Token ids (B, T) to logits (B, T, vocab). */
    @Override
    public Tensor forward(Tensor ids) {
        long t = ids.size(1);
        int[] pos = new int[(int) t];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = i;
        }
        Tensor x = tokens.forward(ids).add(positions.forward(Embedding.ids(pos)));
        for (Module block : blocks.layers()) {
            x = ((Block) block).forward(x, causal.slice(0, 0, t).slice(1, 0, t));
        }
        x = finalNorm.forward(x);
        return x.matmul(tokens.weight.transpose(0, 1)); // weight tying
    }

    /** One transformer block: x + attention(norm(x)), then x + feedForward(norm(x)). */
    static final class Block extends Module {
        private final int heads;
        private final LayerNorm norm1;
        private final Linear qkv;
        private final Linear projection;
        private final Dropout attentionDropout;
        private final LayerNorm norm2;
        private final Linear up;
        private final Linear down;
        private final Dropout dropout;

        Block(Config c) {
            this.heads = c.heads();
            this.norm1 = child("ln_1", new LayerNorm(c.embd()));
            this.qkv = child("c_attn", new Linear(c.embd(), 3 * c.embd(), false));
            this.projection = child("c_proj", new Linear(c.embd(), c.embd(), false));
            this.attentionDropout = child("attn_dropout", new Dropout(c.dropout()));
            this.norm2 = child("ln_2", new LayerNorm(c.embd()));
            this.up = child("c_fc", new Linear(c.embd(), 4 * c.embd(), false));
            this.down = child("mlp_proj", new Linear(4 * c.embd(), c.embd(), false));
            this.dropout = child("dropout", new Dropout(c.dropout()));
        }

        @Override
        public Tensor forward(Tensor x) {
            throw new UnsupportedOperationException("a block needs the causal mask: forward(x, mask)");
        }

        Tensor forward(Tensor x, Tensor mask) {
            x = x.add(attention(norm1.forward(x), mask));
            return x.add(dropout.forward(down.forward(up.forward(norm2.forward(x)).gelu())));
        }

        private Tensor attention(Tensor x, Tensor mask) {
            long b = x.size(0);
            long t = x.size(1);
            long c = x.size(2);
            long hs = c / heads;
            Tensor qkvOut = qkv.forward(x);
            Tensor q = qkvOut.slice(2, 0, c).view(b, t, heads, hs).transpose(1, 2);        // (B, H, T, hs)
            Tensor k = qkvOut.slice(2, c, 2 * c).view(b, t, heads, hs).transpose(1, 2);
            Tensor v = qkvOut.slice(2, 2 * c, 3 * c).view(b, t, heads, hs).transpose(1, 2);
            Tensor att = q.matmul(k.transpose(-2, -1)).mul(1 / Math.sqrt(hs))              // scaled by head size
                    .maskedFill(mask, Double.NEGATIVE_INFINITY)
                    .softmax(-1);
            Tensor y = attentionDropout.forward(att).matmul(v);                               // (B, H, T, hs)
            return dropout.forward(projection.forward(y.transpose(1, 2).reshape(b, t, c)));
        }
    }

    Config config() {
        return config;
    }
}
