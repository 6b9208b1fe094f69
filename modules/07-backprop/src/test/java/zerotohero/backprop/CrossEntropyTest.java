package zerotohero.backprop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.buffer.DataType;
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
        double fused = CrossEntropy.loss(f.logits(), f.y());
        Expect.close("fused loss", fused, f.loss().item(), 1e-12,
                "the loss is the mean over the batch of ln Σ_j exp(logits[i][j]) − logits[i][y_i].");
    }

    @Test
    @Timeout(60)
    @DisplayName("dlogits equals autograd's through the eight steps (≤ 1e-9)")
    void backwardMatchesAutograd() {
        Forward f = Fixtures.forwardWithAutograd();
        INDArray expected = f.logits().grad().dup();
        INDArray dlogits = GradientAssert.numbers(CrossEntropy.backward(f.logits(), f.y()));
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
        INDArray d = GradientAssert.numbers(CrossEntropy.backward(Tensor.of(logits), y));
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
        double loss = CrossEntropy.loss(Tensor.of(logits), y);
        double expected = Tensor.of(logits).crossEntropy(y).item();
        Expect.that(Double.isFinite(loss), "loss with a logit of 1000 is " + loss + ": exp(1000) overflows to "
                + "infinity. Subtract each row's maximum before exp; it cancels in the formula.");
        Expect.close("loss with logits of ±1000", loss, expected, 1e-9, "");
        INDArray d = GradientAssert.numbers(CrossEntropy.backward(Tensor.of(logits), y));
        Expect.that(Double.isFinite(d.sumNumber().doubleValue()) && Double.isFinite(d.amaxNumber().doubleValue()),
                "dlogits with a logit of 1000 has NaN or infinity: subtract each row's maximum before exp.");
        Expect.close("dlogits[1][0]", d.getDouble(1, 0), (Math.exp(-1) / (Math.exp(-1) + 1 + Math.exp(-2)) - 1) / 2,
                1e-12, "");
    }

    @Test
    @Timeout(60)
    @DisplayName("logits of the wrong shape and targets outside [0, vocab) are refused, naming what is wrong")
    void refusesBadInput() {
        Tensor logits = Tensor.of(Nd4j.zeros(DataType.DOUBLE, 2, 3));
        Expect.close("loss of uniform logits with the targets 0 and 2 (both valid)", CrossEntropy.loss(logits,
                new int[] {0, 2}), Math.log(3), 1e-12, "targets 0 and vocab − 1 are class indices like any other.");
        CrossEntropy.backward(logits, new int[] {2, 0});
        for (int[] y : new int[][] {{0, 3}, {-1, 0}}) {
            String bad = String.valueOf(y[0] < 0 ? y[0] : y[1]);
            assertThatThrownBy(() -> CrossEntropy.loss(logits, y))
                    .as("loss with target " + bad + " of 3 classes: check every target is in [0, vocab) before using "
                            + "it as an index, and say which one is not")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
            assertThatThrownBy(() -> CrossEntropy.backward(logits, y))
                    .as("backward with target " + bad + " of 3 classes: the same check as loss")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> CrossEntropy.loss(logits, new int[] {0, 1, 2}))
                .as("loss with 2 rows of logits and 3 targets: one target per row").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrossEntropy.backward(Tensor.of(Nd4j.zeros(DataType.DOUBLE, 3)), new int[] {0}))
                .as("backward with 1-D logits: they are (n, vocab), one row per example")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
