package zerotohero.batchnorm;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("06.6")
@DisplayName("06.6 activation, gradient and update statistics")
class DiagnosticsTest {

    @Test
    @Timeout(60)
    @DisplayName("stats: mean, std (n − 1) and saturated fraction")
    void stats() {
        Diagnostics.Stats s = Diagnostics.stats(new double[] {0.98, -0.99, 0.5, 0.1});
        Expect.close("mean", s.mean(), (0.98 - 0.99 + 0.5 + 0.1) / 4, 1e-12, "");
        double m = s.mean();
        double ss = Math.pow(0.98 - m, 2) + Math.pow(-0.99 - m, 2) + Math.pow(0.5 - m, 2) + Math.pow(0.1 - m, 2);
        Expect.close("std", s.std(), Math.sqrt(ss / 3), 1e-12, "torch's std divides by n − 1.");
        Expect.close("saturated", s.saturated(), 0.5, 1e-12, "|value| > 0.97.");
    }

    @Test
    @Timeout(10)
    @DisplayName("stats: the saturated share counts |value| > 0.97 strictly, and std is computed about the mean")
    void statsDetails() {
        Diagnostics.Stats s = Diagnostics.stats(new double[] {0.97, -0.98, 0.2, -0.5, 0.999});
        Expect.close("saturated share of (0.97, −0.98, 0.2, −0.5, 0.999)", s.saturated(), 2.0 / 5, 1e-12,
                "only −0.98 and 0.999 have |value| > 0.97; a value of exactly 0.97 is not saturated.");
        double offset = 1e9;
        Diagnostics.Stats shifted = Diagnostics.stats(new double[] {offset + 1, offset + 2, offset + 4});
        Expect.close("std of (1e9 + 1, 1e9 + 2, 1e9 + 4)", shifted.std(), Math.sqrt(7.0 / 3), 1e-6,
                "the spread of (1, 2, 4), √(7/3): adding a constant changes nothing. First the mean, then the"
                        + " squared deviations from it (Σv² − n·mean² loses every digit to rounding at this size).");
    }

    @Test
    @Timeout(60)
    @DisplayName("activations reads data, gradients reads grad")
    void tensors() {
        Tensor t = Tensor.of(1, 2, 3).requireGrad();
        t.mul(Tensor.of(10, 20, 60)).sum().backward();
        Expect.close("mean of the data", Diagnostics.activations(t).mean(), 2, 1e-6, "");
        Expect.close("mean of the gradient", Diagnostics.gradients(t).mean(), 30, 1e-6, "the gradient is (10, 20, 60).");
    }

    @Test
    @Timeout(60)
    @DisplayName("updateRatio = log10(std(lr·grad) / std(data))")
    void ratio() {
        Tensor w = Tensor.of(1, 3, 5, 7).requireGrad(); // std 2.582
        w.mul(Tensor.of(0.1, 0.3, 0.5, 0.7)).sum().backward(); // grad std 0.2582
        Expect.close("ratio at lr 0.1", Diagnostics.updateRatio(w, 0.1), -2, 1e-5,
                "std(0.1·grad)/std(data) = 0.02582/2.582 = 1e-2, whose log10 is −2.");
        Expect.close("ratio at lr 0.01", Diagnostics.updateRatio(w, 0.01), -3, 1e-5, "the ratio scales with lr.");
    }
}
