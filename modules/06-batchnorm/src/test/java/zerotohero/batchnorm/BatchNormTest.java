package zerotohero.batchnorm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("06.5")
@DisplayName("06.5 BatchNorm1d: batch statistics in training, running statistics in eval")
class BatchNormTest {

    /** 4 examples × 3 features on very different scales, so over-the-batch and over-features differ. */
    private static final double[][] X = {
        {1, 100, -5},
        {2, 300, -7},
        {4, 200, -6},
        {9, 400, -2}};

    private static double[] column(int j) {
        double[] c = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            c[i] = X[i][j];
        }
        return c;
    }

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

    /** The forward pass on X in training mode; a shape error inside it fails with its usual cause. */
    private static Tensor trainingForward(BatchNorm1d bn) {
        try {
            return bn.forward(Tensor.of(X));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new AssertionError("forward of a (4, 3) batch in training mode failed: " + e.getMessage()
                    + ". Usually the mean and variance were taken over the features (dimension 1: one per example, "
                    + "shape (4, 1)) instead of over the batch (dimension 0: one per feature, shape (1, 3)), so they "
                    + "do not fit the 3 running statistics.", e);
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("training mode normalises each feature over the batch, with the biased variance")
    void normalisesOverTheBatch() {
        BatchNorm1d bn = new BatchNorm1d(3);
        double[][] y = Fixtures.matrix(trainingForward(bn));
        for (int j = 0; j < 3; j++) {
            double[] c = column(j);
            double m = mean(c);
            double v = var(c, false);
            for (int i = 0; i < 4; i++) {
                Expect.close("y[" + i + "][" + j + "]", y[i][j], (X[i][j] - m) / Math.sqrt(v + 1e-5), 1e-4,
                        "each column (feature) uses its own mean and variance over the rows (the batch), dimension 0; "
                                + "the variance divides by n (biased), as PyTorch does when normalising.");
            }
        }
        Expect.that(bn.out != null, "keep the output in `out`.");
    }

    @Test
    @Timeout(60)
    @DisplayName("gamma scales and beta shifts the normalised values, and both learn")
    void gainAndBias() {
        BatchNorm1d bn = new BatchNorm1d(3);
        bn.gamma.data().assign(Tensor.of(2, 1, 0.5).data());
        bn.beta.data().assign(Tensor.of(1, -1, 0).data());
        Tensor y = bn.forward(Tensor.of(X));
        double[][] v = Fixtures.matrix(y);
        double[] c = column(0);
        Expect.close("y[0][0]", v[0][0], 2 * (X[0][0] - mean(c)) / Math.sqrt(var(c, false) + 1e-5) + 1, 1e-4,
                "y = gamma·x̂ + beta, gamma and beta per feature.");
        y.mul(y).sum().backward();
        Expect.that(bn.gamma.grad() != null && bn.beta.grad() != null, "gamma and beta must be in the graph.");
    }

    @Test
    @Timeout(60)
    @DisplayName("one training step updates the running mean and the running (unbiased) variance with momentum 0.1")
    void runningStatistics() {
        BatchNorm1d bn = new BatchNorm1d(3);
        bn.forward(Tensor.of(X));
        double[] rm = bn.runningMean.data().toDoubleVector();
        double[] rv = bn.runningVar.data().toDoubleVector();
        for (int j = 0; j < 3; j++) {
            double[] c = column(j);
            Expect.close("runningMean[" + j + "]", rm[j], 0.9 * 0 + 0.1 * mean(c), 1e-3,
                    "running = 0.9·running + 0.1·batch mean, starting from 0; were the running statistics updated at all?");
            Expect.close("runningVar[" + j + "]", rv[j], 0.9 * 1 + 0.1 * var(c, true), 1e-2 * Math.max(1, var(c, true) / 100),
                    "running = 0.9·running + 0.1·unbiased batch variance (divided by n − 1), starting from 1.");
        }
        bn.forward(Tensor.of(X));
        Expect.close("runningMean[1] after two steps", bn.runningMean.data().getDouble(1),
                0.9 * 0.1 * mean(column(1)) + 0.1 * mean(column(1)), 1e-2, "the update is cumulative, not a reset.");
        double v = var(column(1), true);
        Expect.close("runningVar[1] after two steps", bn.runningVar.data().getDouble(1),
                0.9 * (0.9 * 1 + 0.1 * v) + 0.1 * v, 1e-2 * Math.max(1, v / 100),
                "the running variance's update is cumulative too: 0.9·running + 0.1·unbiased batch variance.");
        Expect.that(bn.runningMean.grad() == null && !bn.runningMean.requiresGrad(),
                "running statistics are buffers, updated outside the graph (NoGrad), never learned.");
    }

    @Test
    @Timeout(60)
    @DisplayName("eval mode uses the running statistics, leaves them alone, and treats each example alone")
    void evalMode() {
        BatchNorm1d bn = new BatchNorm1d(3);
        bn.runningMean.data().assign(Tensor.of(1, 200, -4).data());
        bn.runningVar.data().assign(Tensor.of(4, 10000, 1).data());
        bn.eval();
        double[][] y = Fixtures.matrix(bn.forward(Tensor.of(X)));
        Expect.close("eval y[3][0]", y[3][0], (9 - 1) / Math.sqrt(4 + 1e-5), 1e-4,
                "in eval mode use runningMean and runningVar, not the batch's statistics.");
        Expect.close("eval y[0][1]", y[0][1], (100 - 200) / Math.sqrt(10000 + 1e-5), 1e-4, "");
        assertThat(bn.runningMean.data().toDoubleVector()).as("eval must not update the running mean")
                .containsExactly(1, 200, -4);
        double[][] single = Fixtures.matrix(bn.forward(Tensor.of(new double[][] {X[3]})));
        Expect.close("one example alone, y[0][0]", single[0][0], y[3][0], 1e-6,
                "in eval mode an example's output does not depend on the rest of the batch.");
        bn.train();
        double[][] t = Fixtures.matrix(bn.forward(Tensor.of(X)));
        Expect.that(Math.abs(t[3][0] - y[3][0]) > 0.1, "back in training mode the batch statistics are used again.");
    }

    @Test
    @Timeout(60)
    @DisplayName("the gradient couples the examples: d y[0] / d x[1] ≠ 0 in training mode")
    void couplesExamples() {
        BatchNorm1d bn = new BatchNorm1d(3);
        Tensor x = Tensor.of(X).requireGrad();
        Tensor y = bn.forward(x);
        y.mul(Tensor.of(new double[][] {{1, 1, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}})).sum().backward();
        double[][] g = Fixtures.matrix(Tensor.of(x.grad()));
        Expect.that(Math.abs(g[1][0]) > 1e-4, "row 1 moves the batch mean and variance, so it changes row 0's output: "
                + "compute mean and variance with tensor ops (in the graph), not as constants.");
    }
}
