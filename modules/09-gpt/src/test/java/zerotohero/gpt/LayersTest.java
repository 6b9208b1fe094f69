package zerotohero.gpt;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("09.6")
@DisplayName("09.6 FeedForward, LayerNorm and Block")
class LayersTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("FeedForward: Linear(C, 4C), ReLU, Linear(4C, C) at every position")
    void feedForward() {
        Tensor.manualSeed(21);
        FeedForward ff = new FeedForward(8, 0.0);
        Tensor x = Fixtures.randn(22, 2, 3, 8);
        Tensor out = ff.forward(x);
        Expect.equal("output shape", Arrays.toString(out.shape()), "[2, 3, 8]", "(B, T, C) in, (B, T, C) out");
        var up = (zerotohero.kit.nn.Linear) ff.net.layers().get(0);
        var down = (zerotohero.kit.nn.Linear) ff.net.layers().get(2);
        Tensor want = x.matmul(up.weight).add(up.bias).relu().matmul(down.weight).add(down.bias);
        Expect.close("largest difference from the two layers", Fixtures.maxDiff(out, want), 0, 1e-5,
                "pass x through net: up to 4·C, ReLU, back down to C");
    }

    @Test
    @Timeout(10)
    @DisplayName("LayerNorm normalises each token's features, not the batch")
    void layerNorm() {
        LayerNorm ln = new LayerNorm(4);
        // two examples at very different scales: over-the-batch and over-the-features statistics differ
        double[] v = {1, 2, 3, 4, 100, 300, 200, 400, -1, -1, 2, 5, 0.5, 0.1, 0.2, 0.3};
        Tensor x = Tensor.of(Nd4j.createFromArray(v).reshape(2, 2, 4).castTo(Tensor.DEFAULT_TYPE));
        double[] y = Fixtures.flat(ln.forward(x));
        for (int row = 0; row < 4; row++) {
            double mean = 0;
            double var = 0;
            for (int c = 0; c < 4; c++) {
                mean += v[row * 4 + c] / 4;
            }
            for (int c = 0; c < 4; c++) {
                var += Math.pow(v[row * 4 + c] - mean, 2) / 4;
            }
            for (int c = 0; c < 4; c++) {
                Expect.close("y at token " + row + ", feature " + c, y[row * 4 + c],
                        (v[row * 4 + c] - mean) / Math.sqrt(var + 1e-5), 1e-4,
                        "each token's vector (the LAST dimension) is normalised by its own mean and biased variance; "
                                + "statistics over the batch (dimension 0) are batch norm's");
            }
        }
        ln.weight.data().assign(Tensor.of(2, 1, 1, 1).data());
        ln.bias.data().assign(Tensor.of(0, 0, 0, 5).data());
        double[] z = Fixtures.flat(ln.forward(x));
        Expect.close("scaled and shifted", z[0], 2 * y[0], 1e-4, "multiply by weight, per feature");
        Expect.close("scaled and shifted", z[3], y[3] + 5, 1e-4, "then add bias, per feature");
    }

    @Test
    @Timeout(10)
    @DisplayName("Block: x + sa(ln1(x)), then + ffwd(ln2(·)), pre-norm with residual connections")
    void block() {
        Tensor.manualSeed(31);
        Config c = new Config(65, 8, 16, 4, 1, 0.0);
        Block b = new Block(c);
        Tensor x = Fixtures.randn(32, 2, 6, 16);
        Tensor h = x.add(b.sa.forward(b.ln1.forward(x)));
        Tensor want = h.add(b.ffwd.forward(b.ln2.forward(h)));
        Tensor out = b.forward(x);
        Expect.equal("output shape", Arrays.toString(out.shape()), "[2, 6, 16]", "a block keeps the shape (B, T, C)");
        Expect.close("largest difference from the pre-norm block", Fixtures.maxDiff(out, want), 0, 1e-5,
                "x = x + sa(ln1(x)); x = x + ffwd(ln2(x)): normalise the INPUT of each sub-layer (pre-norm), and "
                        + "add the sub-layer's output back onto x");
    }

    @Test
    @Timeout(10)
    @DisplayName("with both sub-layers silenced, a block passes x through unchanged (the residual stream)")
    void residual() {
        Tensor.manualSeed(33);
        Block b = new Block(new Config(65, 8, 16, 4, 1, 0.0));
        b.sa.proj.weight.data().assign(0);
        b.sa.proj.bias.data().assign(0);
        var down = (zerotohero.kit.nn.Linear) b.ffwd.net.layers().get(2);
        down.weight.data().assign(0);
        down.bias.data().assign(0);
        Tensor x = Fixtures.randn(34, 1, 4, 16);
        Expect.close("largest difference between block(x) and x", Fixtures.maxDiff(b.forward(x), x), 0, 1e-6,
                "when attention and feed-forward output zeros the block must return x itself: the residual connection "
                        + "(x + ...) is missing, or x was normalised on the main path instead of inside each branch");
    }
}
