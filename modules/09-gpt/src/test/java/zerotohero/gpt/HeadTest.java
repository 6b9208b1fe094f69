package zerotohero.gpt;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("09.4")
@DisplayName("09.4 Head: one head of causal self-attention")
class HeadTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    /** n_embd 32, head size 8, context 8, no dropout. */
    private static Head head(long seed) {
        Tensor.manualSeed(seed);
        return new Head(32, 8, 8, 0.0);
    }

    @Test
    @Timeout(10)
    @DisplayName("weights are softmax(q·kᵀ / √head_size) over the earlier positions, and the output is weights @ v")
    void matchesTheDefinition() {
        Head h = head(1);
        Tensor x = Fixtures.randn(2, 2, 6, 32);
        Tensor out = h.forward(x);
        Expect.equal("output shape", Arrays.toString(out.shape()), "[2, 6, 8]",
                "(B, T, head_size), for a T (6) shorter than block_size (8): cut the mask to T × T");
        Expect.that(h.weights != null, "keep the attention weights (after the softmax) in `weights`");
        double[][] xs = Fixtures.cube(x)[1];
        double[][] q = Reference.matmul(xs, h.query.weight.data().toDoubleMatrix());
        double[][] k = Reference.matmul(xs, h.key.weight.data().toDoubleMatrix());
        double[][] v = Reference.matmul(xs, h.value.weight.data().toDoubleMatrix());
        double[][] want = Reference.weights(q, k, 1 / Math.sqrt(8), true);
        double[][] got = Fixtures.cube(h.weights)[1];
        double diff = Reference.maxDiff(got, want);
        if (diff > 1e-4) {
            String why = "compare your steps with the definition";
            if (Reference.maxDiff(got, Reference.weights(q, k, 1 / Math.sqrt(32), true)) < 1e-4) {
                why = "you scaled by 1/√n_embd (32); the scores are dot products of head_size (8) numbers, so "
                        + "scale by head_size^−0.5";
            } else if (Reference.maxDiff(got, Reference.weights(q, k, 1, true)) < 1e-4) {
                why = "the scores are not scaled: multiply q·kᵀ by head_size^−0.5";
            } else if (Reference.maxDiff(got, Reference.weights(q, k, 1 / Math.sqrt(8), false)) < 1e-4) {
                why = "the softmax ran over the wrong dimension (down the columns): each ROW t must sum to 1 "
                        + "over the positions s it looks at, softmax(-1)";
            } else if (Reference.maxDiff(got, Reference.weights(k, q, 1 / Math.sqrt(8), true)) < 1e-4) {
                why = "queries and keys are swapped: the score of t for s is q_t · k_s, i.e. q @ kᵀ";
            }
            Expect.close("largest difference between your weights and softmax(q kᵀ/√8) of sequence 1", diff, 0, 1e-4, why);
        }
        double[][] y = Reference.matmul(want, v);
        double[][] yours = Fixtures.cube(out)[1];
        Expect.close("largest difference of the output from weights @ v", Reference.maxDiff(yours, y), 0, 1e-4,
                "the output is the weights times the VALUES (not the keys or x)");
    }

    @Test
    @Timeout(10)
    @DisplayName("every row of weights sums to 1 and is 0 above the diagonal")
    void rowsAreDistributions() {
        Head h = head(3);
        h.forward(Fixtures.randn(4, 3, 8, 32));
        double[][] w = Fixtures.cube(h.weights)[2];
        for (int t = 0; t < 8; t++) {
            double sum = 0;
            for (int s = 0; s < 8; s++) {
                sum += w[t][s];
                if (s > t) {
                    Expect.close("weights[" + t + "][" + s + "]", w[t][s], 0, 0,
                            "position t may not attend to a later position s > t: fill those scores with −∞ before "
                                    + "the softmax (mask where the lower triangle is 0)");
                }
            }
            Expect.close("sum of row " + t, sum, 1, 1e-5, "softmax over the last dimension, so every row sums to 1");
        }
    }

    @Test
    @Timeout(10)
    @DisplayName("changing a later token never changes an earlier output")
    void causal() {
        Head h = head(5);
        Tensor x = Fixtures.randn(6, 1, 8, 32);
        double[][][] before = Fixtures.cube(h.forward(x));
        for (int changed = 1; changed < 8; changed++) {
            double[] xs = Fixtures.flat(x);
            for (int c = 0; c < 32; c++) {
                xs[changed * 32 + c] += 1.0;
            }
            Tensor x2 = Tensor.of(org.nd4j.linalg.factory.Nd4j.createFromArray(xs).reshape(1, 8, 32).castTo(x.type()));
            double[][][] after = Fixtures.cube(h.forward(x2));
            for (int t = 0; t < changed; t++) {
                for (int c = 0; c < 8; c++) {
                    Expect.close("output at t=" + t + " after changing position " + changed, after[0][t][c], before[0][t][c],
                            1e-6, "position " + t + " saw position " + changed + ": the mask must hide every s > t "
                                    + "(tril keeps s ≤ t; an off-by-one lets t see t+1)");
                }
            }
        }
    }

    @Test
    @Timeout(10)
    @DisplayName("at initialisation the scaled scores have variance near 1, so the softmax is not one-hot")
    void scoresHaveUnitVariance() {
        // x ~ N(0, 1) and Linear's N(0, 1/in) weights give keys and queries of variance about 1 each, so
        // q·k over head_size 16 numbers has variance 16 unscaled and 1 scaled by 16^−0.5. The differences
        // of the log-weights in a row are differences of scores: variance 2 when the scores have variance 1.
        Tensor.manualSeed(7);
        Head h = new Head(64, 16, 16, 0.0);
        h.forward(Fixtures.randn(8, 32, 16, 64));
        double[][][] w = Fixtures.cube(h.weights);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (double[][] seq : w) {
            for (int t = 1; t < 16; t++) {
                for (int s = 1; s <= t; s++) {
                    double d = Math.log(seq[t][s]) - Math.log(seq[t][0]);
                    sum += d;
                    sumSq += d * d;
                    n++;
                }
            }
        }
        double var = sumSq / n - (sum / n) * (sum / n);
        String why = var < 1 ? "too small: did you scale by n_embd (64) instead of head_size (16)? That makes the "
                + "softmax too uniform and the head slow to learn anything"
                : "too large: the scores are not scaled by head_size^−0.5, so the softmax saturates towards one-hot "
                + "and each position listens to a single other one";
        Expect.close("variance of score differences (2 × the scores' variance)", var, 2.0, 0.6, why);
    }
}
