package zerotohero.wavenet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("08.4")
@DisplayName("08.4 BatchNorm1d for (B, C) and (B, T, C), in training and eval mode")
class BatchNormTest {

    /** 4 examples × 3 features on very different scales. */
    private static final double[][] X2 = {
        {1, 100, -5},
        {2, 300, -7},
        {4, 200, -6},
        {9, 400, -2}};

    /** (B=2, T=3, C=2): channel 0 grows along positions, channel 1 along the batch, so per-position differs. */
    private static final double[] X3 = {
        1, 10, 5, 12, 9, 11,
        2, 40, 7, 38, 16, 45};

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double var(double[] v, boolean unbiased) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (unbiased ? v.length - 1 : v.length);
    }

    /** Channel c of X3: its B·T = 6 numbers. */
    private static double[] channel(int c) {
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            v[i] = X3[2 * i + c];
        }
        return v;
    }

    @Test
    @Timeout(60)
    @DisplayName("(B, C): each feature over the batch, biased variance, as in module 06")
    void twoDimensional() {
        BatchNorm1d bn = new BatchNorm1d(3);
        double[][] y = bn.forward(Tensor.of(X2)).data().toDoubleMatrix();
        for (int j = 0; j < 3; j++) {
            double[] c = {X2[0][j], X2[1][j], X2[2][j], X2[3][j]};
            for (int i = 0; i < 4; i++) {
                Expect.close("y[" + i + "][" + j + "]", y[i][j], (X2[i][j] - mean(c)) / Math.sqrt(var(c, false) + 1e-5),
                        1e-4, "a 2-D input is normalised over dimension 0, each column by its own mean and (biased) "
                                + "variance.");
            }
        }
        double[] rm = Fixtures.values(bn.runningMean);
        Expect.equal("elements of runningMean", rm.length, 3, "one running mean per feature.");
        Expect.close("runningMean[1]", rm[1], 0.1 * 250, 1e-3, "running = 0.9·running + 0.1·batch mean, from 0.");
        bn.forward(Tensor.of(X2).mul(2));
        Expect.close("runningMean[1] after a second batch (the same numbers doubled)", Fixtures.values(bn.runningMean)[1],
                0.9 * 0.1 * 250 + 0.1 * 500, 1e-3, "the old running mean is kept at weight 1 − momentum = 0.9.");
    }

    @Test
    @Timeout(60)
    @DisplayName("(B, T, C): each channel over batch and positions together, dims 0 and 1")
    void threeDimensional() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor y = bn.forward(Tensor.of(X3).view(2, 3, 2));
        Expect.equal("output shape", Fixtures.shape(y), "[2, 3, 2]", "batch norm keeps the input's shape.");
        double[] v = Fixtures.values(y);
        for (int i = 0; i < 12; i++) {
            double[] c = channel(i % 2);
            Expect.close("y element " + i, v[i], (X3[i] - mean(c)) / Math.sqrt(var(c, false) + 1e-5), 1e-4,
                    "for a (B, T, C) input a channel's mean and variance come from all its B·T numbers: reduce over "
                            + "dimensions 0 and 1, not over dimension 0 alone (which gives every position its own "
                            + "statistics).");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("(B, T, C): running statistics of shape (1, 1, C), not (1, T, C)")
    void runningStatisticsPerChannel() {
        BatchNorm1d bn = new BatchNorm1d(2);
        bn.forward(Tensor.of(X3).view(2, 3, 2));
        String shape = Fixtures.shape(bn.runningMean);
        Expect.equal("shape of runningMean after a (2, 3, 2) batch", shape, "[1, 1, 2]",
                shape.equals("[1, 3, 2]") ? "running statistics per position: the lecture's bug. The mean was taken "
                        + "over dimension 0 only, so each of the T positions got its own mean; batch norm on a 3-D "
                        + "input keeps one statistic per channel, over dimensions 0 and 1 (keepdim gives (1, 1, C))."
                        : "take the batch statistics with keepdim over dims {0, 1}, and remember(...) the update.");
        Expect.equal("shape of runningVar", Fixtures.shape(bn.runningVar), "[1, 1, 2]", "the same shape as the mean.");
        double[] rm = Fixtures.values(bn.runningMean);
        double[] rv = Fixtures.values(bn.runningVar);
        for (int c = 0; c < 2; c++) {
            Expect.close("runningMean[" + c + "]", rm[c], 0.1 * mean(channel(c)), 1e-3,
                    "0.9·0 + 0.1·(the channel's mean over all B·T numbers).");
            Expect.close("runningVar[" + c + "]", rv[c], 0.9 + 0.1 * var(channel(c), true), 1e-2,
                    "0.9·1 + 0.1·(the channel's unbiased variance over B·T numbers, divided by B·T − 1).");
        }
        Expect.that(!bn.runningMean.requiresGrad(), "running statistics are updated outside the graph (NoGrad).");
        Expect.that(bn.namedBuffers().get("runningMean") == bn.runningMean,
                "register the new running statistics as buffers (remember(...) does), or a checkpoint saves the old ones.");
    }

    @Test
    @Timeout(60)
    @DisplayName("eval mode: running statistics, nothing updated, and a batch of one equals its row in a batch")
    void evalMode() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor x = Tensor.of(X3).view(2, 3, 2);
        bn.forward(x);
        bn.forward(x.mul(0.5));
        double[] before = Fixtures.values(bn.runningMean);
        bn.eval();
        Tensor y = bn.forward(x);
        double[] rm = Fixtures.values(bn.runningMean);
        double[] rv = Fixtures.values(bn.runningVar);
        Expect.close("eval y[0][0][0]", Fixtures.values(y)[0], (X3[0] - rm[0]) / Math.sqrt(rv[0] + 1e-5), 1e-4,
                "in eval mode normalise with runningMean and runningVar, not with the batch's statistics.");
        Expect.that(java.util.Arrays.equals(before, rm), "eval mode must not update the running statistics.");
        Tensor one = bn.forward(Tensor.of(X3).view(2, 3, 2).slice(0, 1, 2));
        Expect.close("example 1 alone, first number", Fixtures.values(one)[0], Fixtures.values(y)[6], 1e-5,
                "evaluated alone, an example must give what it gives inside a batch: that is what eval mode is "
                        + "for. Check isTraining() and use the running statistics when it is false.");
    }

    @Test
    @Timeout(60)
    @DisplayName("gamma, beta and the input all get gradients in training mode")
    void gradients() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor x = Tensor.of(X3).view(2, 3, 2).requireGrad();
        Tensor w = Tensor.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).view(2, 3, 2);
        bn.forward(x).mul(w).sum().backward();
        Expect.that(bn.gamma.grad() != null && bn.beta.grad() != null && x.grad() != null,
                "the output must be in the graph of gamma, beta and x.");
        Expect.close("grad of beta[0]", bn.beta.grad().getDouble(0), 1 + 3 + 5 + 7 + 9 + 11, 1e-3,
                "beta is added to every (b, t) position of its channel, so its gradient sums over all of them.");
    }
}
