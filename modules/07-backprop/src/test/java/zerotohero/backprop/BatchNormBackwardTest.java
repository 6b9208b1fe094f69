package zerotohero.backprop;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("07.3")
@DisplayName("07.3 batch norm's backward pass in one expression")
class BatchNormBackwardTest {

    private static final String FORMULA = "dhprebn = bngain·bnvarInv/n · (n·dhpreact − Σ_rows dhpreact − n/(n−1)·bnraw·"
            + "Σ_rows(dhpreact·bnraw)), the sums over the batch (dimension 0), one per feature.";

    @Test
    @Timeout(60)
    @DisplayName("dhprebn equals autograd's through the seven batch-norm steps (≤ 1e-9)")
    void matchesAutograd() {
        Forward f = Fixtures.forwardWithAutograd();
        INDArray expected = f.hprebn().grad().dup();
        INDArray d = GradientAssert.numbers(BatchNormBackward.backward(Tensor.of(f.hpreact().grad().dup()), f.bnraw(),
                f.bnvarInv(), f.net().bngain));
        explainBessel(f.hpreact().grad(), f.bnraw().data(), f.bnvarInv().data(), f.net().bngain.data(), d);
        GradientAssert.matches("dhprebn (fused)", expected, d, 1e-9, f.n(), FORMULA);
    }

    @Test
    @Timeout(60)
    @DisplayName("a batch of 4 with features on different scales, against autograd")
    void smallBatch() {
        Tensor x = Tensor.of(new double[][] {{1, 100, -5}, {2, 300, -7}, {4, 200, -6}, {9, 400, -2}}).to(
                org.nd4j.linalg.api.buffer.DataType.DOUBLE).requireGrad();
        Tensor gain = Tensor.of(Nd4j.createFromArray(new double[][] {{2, 0.5, -1}})).requireGrad();
        Tensor bias = Tensor.of(Nd4j.createFromArray(new double[][] {{0.1, 0.2, 0.3}}));
        Tensor w = Tensor.of(Nd4j.createFromArray(new double[][] {{1, -2, 3}, {0.5, 0, 1}, {-1, 1, 1}, {2, 2, -3}}));
        int n = 4;
        Tensor diff = x.sub(x.sum(0, true).mul(1.0 / n));
        Tensor varInv = diff.pow(2).sum(0, true).mul(1.0 / (n - 1)).add(Forward.EPS).pow(-0.5);
        Tensor raw = diff.mul(varInv);
        Tensor out = gain.mul(raw).add(bias);
        out.mul(w).sum().backward();
        // dhpreact is w: the gradient of Σ out·w with respect to out
        INDArray d = GradientAssert.numbers(BatchNormBackward.backward(w, raw, varInv, gain));
        explainBessel(w.data(), raw.data(), varInv.data(), gain.data(), d);
        GradientAssert.matches("dhprebn (batch of 4)", x.grad(), d, 1e-9, n,
                "with n = 4 every factor of n shows. " + FORMULA);
    }

    /** If the answer matches the formula with n/(n−1) replaced by 1, Bessel's correction was dropped. */
    private static void explainBessel(INDArray dhpreact, INDArray bnraw, INDArray bnvarInv, INDArray bngain,
            INDArray actual) {
        if (actual == null || !java.util.Arrays.equals(actual.shape(), dhpreact.shape())) {
            return;
        }
        long n = dhpreact.size(0);
        INDArray withoutBessel = dhpreact.mul(n).subRowVector(dhpreact.sum(true, 0))
                .subi(bnraw.mulRowVector(dhpreact.mul(bnraw).sum(true, 0)))
                .muliRowVector(bngain.mul(bnvarInv).divi(n));
        double diff = withoutBessel.sub(actual).amaxNumber().doubleValue();
        Expect.that(diff > 1e-9, "dhprebn matches the formula without Bessel's correction: the variance of this "
                + "forward pass divides by n − 1, so the last term carries n/(n − 1). " + FORMULA);
    }
}
