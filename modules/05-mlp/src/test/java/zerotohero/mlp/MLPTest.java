package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("05.3")
@DisplayName("05.3 the MLP: embeddings side by side, a tanh layer, logits")
class MLPTest {

    /** C[i] = (10·i, 10·i + 1): every number tells which character and which column it came from. */
    private static MLP handMade(int blockSize, int hidden) {
        double[][] c = new double[27][2];
        for (int i = 0; i < 27; i++) {
            c[i][0] = 10 * i;
            c[i][1] = 10 * i + 1;
        }
        MLP.Config config = new MLP.Config(27, blockSize, 2, hidden);
        return new MLP(config, Tensor.of(c), Tensor.zeros(2L * blockSize, hidden), Tensor.zeros(hidden),
                Tensor.zeros(hidden, 27), Tensor.zeros(27));
    }

    @Test
    @Timeout(60)
    @DisplayName("the lecture's sizes have 11,897 parameters (C 27×10, W1 30×200, b1 200, W2 200×27, b2 27)")
    void parameterCount() {
        MLP model = Fixtures.seeded(MLP.Config.lecture(), 1);
        Expect.equal("parameters", model.parameterCount(), 11_897L, "270 + 6,000 + 200 + 5,400 + 27.");
        MLP other = Fixtures.seeded(new MLP.Config(27, 4, 3, 50), 1);
        Expect.equal("parameters of a (block 4, embedding 3, 50 hidden) model", other.parameterCount(),
                27L * 3 + 12 * 50 + 50 + 50 * 27 + 27, "count from the parameters' sizes, not from fixed numbers.");
    }

    @Test
    @Timeout(60)
    @DisplayName("embed: row i is C[x0], C[x1], C[x2] side by side, oldest character first")
    void embeddingOrder() {
        MLP model = handMade(3, 4);
        Tensor e = model.embed(new int[][] {{1, 2, 3}, {0, 0, 26}});
        assertThat(e.shape()).as("shape of embed(x) for 2 contexts of 3 with 2 numbers each").containsExactly(2, 6);
        assertThat(e.data().toDoubleMatrix()[0]).as("row 0 for the context (1, 2, 3); if you see 10, 20, 30, 11, 21, 31 "
                + "the embeddings were transposed before the view: view the (n·block, nEmbd) lookup as (n, block·nEmbd) directly")
                .containsExactly(10, 11, 20, 21, 30, 31);
        assertThat(e.data().toDoubleMatrix()[1]).as("row 1 for the context (0, 0, 26)").containsExactly(0, 1, 0, 1, 260, 261);
    }

    @Test
    @Timeout(60)
    @DisplayName("embed is differentiable: the gradient reaches the rows of C that were used")
    void embeddingGradient() {
        MLP model = handMade(2, 3);
        model.embed(new int[][] {{4, 4}, {5, 0}}).sum().backward();
        double[][] g = model.C.grad().toDoubleMatrix();
        assertThat(g[4]).as("C[4] is used twice, so its gradient is 2 in each column").containsExactly(2, 2);
        assertThat(g[5]).containsExactly(1, 1);
        assertThat(g[7]).as("an unused row gets no gradient").containsExactly(0, 0);
    }

    @Test
    @Timeout(60)
    @DisplayName("hidden and forward compute tanh(emb @ W1 + b1) @ W2 + b2")
    void forwardValues() {
        MLP.Config config = new MLP.Config(5, 2, 2, 3);
        Tensor c = Tensor.of(new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, -0.5}});
        Tensor w1 = Tensor.of(new double[][] {{0.1, 0.2, 0.3}, {-0.1, 0, 0.1}, {0.2, -0.2, 0}, {0, 0.4, -0.3}});
        Tensor b1 = Tensor.of(0.05, -0.05, 0.0);
        Tensor w2 = Tensor.of(new double[][] {{1, 0, 0, -1, 2}, {0, 1, 0, 1, 0}, {0.5, 0.5, -1, 0, 1}});
        Tensor b2 = Tensor.of(0.1, 0.2, 0.3, 0.4, 0.5);
        MLP model = new MLP(config, c, w1, b1, w2, b2);
        int[][] x = {{3, 4}};
        // embedding: C[3], C[4] = (1, 1, 0.5, -0.5)
        double[] emb = {1, 1, 0.5, -0.5};
        double[][] w1v = w1.data().toDoubleMatrix();
        double[] h = new double[3];
        for (int j = 0; j < 3; j++) {
            double s = b1.data().getDouble(j);
            for (int k = 0; k < 4; k++) {
                s += emb[k] * w1v[k][j];
            }
            h[j] = Math.tanh(s);
        }
        double[][] w2v = w2.data().toDoubleMatrix();
        double[] hiddenOut = model.hidden(x).data().toDoubleMatrix()[0];
        double[] logits = model.forward(x).data().toDoubleMatrix()[0];
        for (int j = 0; j < 3; j++) {
            Expect.close("h[" + j + "]", hiddenOut[j], h[j], 1e-6, "h = tanh(embed(x) @ W1 + b1).");
        }
        for (int o = 0; o < 5; o++) {
            double s = b2.data().getDouble(o);
            for (int j = 0; j < 3; j++) {
                s += h[j] * w2v[j][o];
            }
            Expect.close("logit[" + o + "]", logits[o], s, 1e-6, "logits = h @ W2 + b2, no tanh on the output.");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("forward on a batch of 32 gives (32, 27) logits and gradients for all five parameters")
    void batchShapes() {
        MLP model = Fixtures.seeded(MLP.Config.lecture(), 2);
        int[][] x = new int[32][3];
        int[] y = new int[32];
        for (int i = 0; i < 32; i++) {
            x[i] = new int[] {i % 27, (i * 7) % 27, (i * 13) % 27};
            y[i] = (i * 5) % 27;
        }
        Tensor logits = model.forward(x);
        assertThat(logits.shape()).containsExactly(32, 27);
        logits.crossEntropy(y).backward();
        for (Tensor p : model.parameters()) {
            assertThat(p.grad()).as("every parameter must be part of the graph (got no gradient for one of shape "
                    + java.util.Arrays.toString(p.shape()) + ")").isNotNull();
        }
    }
}
