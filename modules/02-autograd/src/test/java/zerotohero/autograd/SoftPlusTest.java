package zerotohero.autograd;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.GradCheck;
import zerotohero.kit.Tensor;

@Exercise("02.3")
@DisplayName("02.3 a differentiable op of your own: softplus through CustomOp")
class SoftPlusTest {

    private static double softplus(double x) {
        return Math.log1p(Math.exp(x));
    }

    @Test
    @DisplayName("forward: log(1 + eˣ) at a few points")
    void values() {
        double[] xs = {-3, -1, 0, 0.5, 2, 10};
        Tensor y = SoftPlus.of(Tensor.of(Nd4j.createFromArray(xs)));
        for (int i = 0; i < xs.length; i++) {
            Expect.close("softplus(" + xs[i] + ")", y.data().getDouble(i), softplus(xs[i]), 1e-12, "");
        }
    }

    @Test
    @DisplayName("forward does not overflow: softplus(1000) = 1000 and softplus(−1000) = 0, in float32")
    void noOverflow() {
        Tensor y = SoftPlus.of(Tensor.of(1000, -1000, 100));
        Expect.that(!y.data().isInfinite().any() && !y.data().isNaN().any(),
                "softplus of ±1000 gave ∞ or NaN: e^1000 overflows. Use log(1 + eˣ) = max(x, 0) + log(1 + e^−|x|).");
        Expect.close("softplus(1000)", y.data().getDouble(0), 1000, 1e-3, "");
        Expect.close("softplus(−1000)", y.data().getDouble(1), 0, 1e-6, "");
        Expect.close("softplus(100)", y.data().getDouble(2), 100, 1e-3, "");
    }

    @Test
    @DisplayName("backward: the gradient of Σ softplus(x) is σ(x)")
    void gradientIsTheSigmoid() {
        double[] xs = {-4, -1, 0, 1, 4};
        Tensor x = Tensor.of(Nd4j.createFromArray(xs)).requireGrad();
        Tensor y = SoftPlus.of(x);
        Expect.equal("the op of SoftPlus.of(x), as graphs and error messages name it", y.op(), "softplus",
                "SoftPlus.of applies the op with Tensor.apply, and name() calls it softplus.");
        y.sum().backward();
        Expect.that(x.grad() != null, "x has no gradient: backward must return one gradient per input.");
        for (int i = 0; i < xs.length; i++) {
            Expect.close("d softplus/dx at " + xs[i], x.grad().getDouble(i), 1 / (1 + Math.exp(-xs[i])), 1e-12,
                    "the local derivative of log(1 + eˣ) is eˣ/(1 + eˣ) = σ(x); multiply it by the incoming gradient.");
        }
    }

    @Test
    @DisplayName("GradCheck in float64: softplus inside a larger expression agrees with finite differences")
    void gradCheck() {
        Tensor.manualSeed(3);
        Tensor x = Tensor.randn(3, 4).mul(3).to(DataType.DOUBLE).requireGrad();
        Tensor w = Tensor.randn(3, 4).to(DataType.DOUBLE).requireGrad();
        GradCheck.assertGradients(in -> SoftPlus.of(in[0].mul(in[1])).mul(in[0]), x, w);
    }

    @Test
    @DisplayName("the incoming gradient is multiplied in, not ignored")
    void chainsTheIncomingGradient() {
        Tensor x = Tensor.of(Nd4j.createFromArray(0.0, 1.0)).requireGrad();
        SoftPlus.of(x).mul(Tensor.of(Nd4j.createFromArray(3.0, -2.0))).sum().backward();
        Expect.close("grad at 0 with incoming gradient 3", x.grad().getDouble(0), 1.5, 1e-12,
                "backward receives dL/d(output); return dL/d(output) · σ(x).");
        Expect.close("grad at 1 with incoming gradient −2", x.grad().getDouble(1), -2 / (1 + Math.exp(-1)), 1e-12, "");
    }
}
