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

@Exercise("09.5")
@DisplayName("09.5 MultiHeadAttention: heads side by side, concatenated, projected")
class MultiHeadAttentionTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("the output is proj(cat(head_0(x), …, head_3(x))) of shape (B, T, n_embd)")
    void concatenatesAndProjects() {
        Tensor.manualSeed(11);
        MultiHeadAttention mha = new MultiHeadAttention(16, 4, 4, 8, 0.0);
        mha.proj.bias.data().assign(Tensor.randn(16).data());
        Tensor x = Fixtures.randn(12, 2, 5, 16);
        Tensor out = mha.forward(x);
        Expect.equal("output shape", Arrays.toString(out.shape()), "[2, 5, 16]",
                "(B, T, n_embd): 4 heads of 4 channels joined along the last dimension, then projected back");
        Tensor[] parts = new Tensor[4];
        for (int i = 0; i < 4; i++) {
            parts[i] = mha.head(i).forward(x);
        }
        Tensor want = Tensor.cat(2, parts).matmul(mha.proj.weight).add(mha.proj.bias);
        Expect.close("largest difference from proj(cat(heads))", Fixtures.maxDiff(out, want), 0, 1e-5,
                "run every head on the same x, concatenate along the LAST dimension (channels, not time), then the "
                        + "projection (with its bias)");
        Tensor wrongOrder = Tensor.cat(2, parts[3], parts[2], parts[1], parts[0]).matmul(mha.proj.weight).add(mha.proj.bias);
        Expect.that(Fixtures.maxDiff(out, wrongOrder) > 1e-4 || Fixtures.maxDiff(out, want) < 1e-5,
                "concatenate the heads in order, head 0 first");
    }

    @Test
    @Timeout(10)
    @DisplayName("every head, and the whole layer, is causal")
    void causalInEveryHead() {
        Tensor.manualSeed(13);
        MultiHeadAttention mha = new MultiHeadAttention(16, 4, 4, 8, 0.0);
        Tensor x = Fixtures.randn(14, 1, 8, 16);
        double[][][] before = Fixtures.cube(mha.forward(x));
        double[][][][] headsBefore = new double[4][][][];
        for (int i = 0; i < 4; i++) {
            headsBefore[i] = Fixtures.cube(mha.head(i).forward(x));
        }
        double[] xs = Fixtures.flat(x);
        for (int c = 0; c < 16; c++) {
            xs[5 * 16 + c] -= 2.0;    // change position 5 only
        }
        Tensor x2 = Tensor.of(Nd4j.createFromArray(xs).reshape(1, 8, 16).castTo(x.type()));
        double[][][] after = Fixtures.cube(mha.forward(x2));
        for (int i = 0; i < 4; i++) {
            double[][][] h = Fixtures.cube(mha.head(i).forward(x2));
            for (int t = 0; t < 5; t++) {
                for (int c = 0; c < 4; c++) {
                    Expect.close("head " + i + " at t=" + t, h[0][t][c], headsBefore[i][0][t][c], 1e-6,
                            "changing position 5 changed head " + i + "'s output at an earlier position: every head "
                                    + "must mask the future");
                }
            }
        }
        for (int t = 0; t < 5; t++) {
            for (int c = 0; c < 16; c++) {
                Expect.close("output at t=" + t, after[0][t][c], before[0][t][c], 1e-6,
                        "the concatenation and projection act on each position alone; they must not mix positions");
            }
        }
        boolean later = false;
        for (int c = 0; c < 16; c++) {
            later |= Math.abs(after[0][5][c] - before[0][5][c]) > 1e-6;
        }
        Expect.that(later, "position 5 itself must see its own change");
    }
}
