package zerotohero.backprop;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("07.2")
@DisplayName("07.2 cross-entropy fused: the loss and (softmax − one-hot)/n")
class CrossEntropyTest {

    @Test
    @Timeout(60)
    @DisplayName("the fused loss equals the eight-step loss of the forward pass (≤ 1e-12)")
    void lossEqualsUnfused() {
        Forward f = Fixtures.forwardWithAutograd();
        double fused = CrossEntropy.loss(f.logits().data(), f.y());
        Expect.close("fused loss", fused, f.loss().item(), 1e-12,
                "the loss is the mean over the batch of ln Σ_j exp(logits[i][j]) − logits[i][y_i].");
    }

    @Test
    @Timeout(60)
    @DisplayName("dlogits equals autograd's through the eight steps (≤ 1e-9)")
    void backwardMatchesAutograd() {
        Forward f = Fixtures.forwardWithAutograd();
        INDArray expected = f.logits().grad().dup();
        INDArray dlogits = CrossEntropy.backward(f.logits().data(), f.y());
        GradientAssert.matches("dlogits (fused)", expected, dlogits, 1e-9, f.n(),
                "dlogits = (softmax(logits) − onehot(y)) / n: softmax of each row, 1 subtracted at the target, "
                        + "everything divided by the batch size.");
    }

    @Test
    @Timeout(60)
    @DisplayName("each row of n·dlogits sums to zero: the pull on the target equals the push on the rest")
    void rowsSumToZero() {
        INDArray logits = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {0, 0, 0}, {-1, 5, 2}, {0.5, 0.5, -3}});
        int[] y = {2, 0, 1, 2};
        INDArray d = CrossEntropy.backward(logits, y);
        Tensor t = Tensor.of(logits.dup()).requireGrad();
        t.crossEntropy(y).backward();
        GradientAssert.matches("dlogits", t.grad(), d, 1e-12, 4,
                "compare with kit's fused cross-entropy on a 4×3 example.");
        for (int i = 0; i < 4; i++) {
            Expect.close("row " + i + " sum of dlogits", d.getRow(i).sumNumber().doubleValue(), 0, 1e-12,
                    "softmax sums to 1 and the one-hot to 1, so each row of their difference sums to 0.");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("large logits (1000) give a finite loss and gradient: subtract each row's max first")
    void stable() {
        INDArray logits = Nd4j.createFromArray(new double[][] {{1000, 0, -1000}, {999, 1000, 998}});
        int[] y = {0, 0};
        double loss = CrossEntropy.loss(logits, y);
        double expected = Tensor.of(logits).crossEntropy(y).item();
        Expect.that(Double.isFinite(loss), "loss with a logit of 1000 is " + loss + ": exp(1000) overflows to "
                + "infinity. Subtract each row's maximum before exp; it cancels in the formula.");
        Expect.close("loss with logits of ±1000", loss, expected, 1e-9, "");
        INDArray d = CrossEntropy.backward(logits, y);
        Expect.that(Double.isFinite(d.sumNumber().doubleValue()) && Double.isFinite(d.amaxNumber().doubleValue()),
                "dlogits with a logit of 1000 has NaN or infinity: subtract each row's maximum before exp.");
        Expect.close("dlogits[1][0]", d.getDouble(1, 0), (Math.exp(-1) / (Math.exp(-1) + 1 + Math.exp(-2)) - 1) / 2,
                1e-12, "");
    }
}
