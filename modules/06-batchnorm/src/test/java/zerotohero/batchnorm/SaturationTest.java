package zerotohero.batchnorm;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("06.2")
@DisplayName("06.2 tanh saturation and dead units")
class SaturationTest {

    private static final Tensor T = Tensor.of(new double[][] {
        {0.995, -0.5, -0.98},
        {-0.999, 0.2, 0.96},
        {1.0, 0.975, -0.999},
        {0.98, 0.0, 0.5}});

    @Test
    @Timeout(60)
    @DisplayName("fraction: the share of elements with |t| > threshold, strictly")
    void fraction() {
        // |t| > 0.97: 0.995, 0.98, 0.999, 1.0, 0.975, 0.999, 0.98 → 7 of 12
        Expect.close("fraction at 0.97", Saturation.fraction(T, 0.97), 7.0 / 12, 1e-12,
                "count both tails: use |t|.");
        Expect.close("fraction at 0.99", Saturation.fraction(T, 0.99), 4.0 / 12, 1e-12, "");
        Expect.close("fraction of (0.5, 0.75, −0.5) at 0.5", Saturation.fraction(Tensor.of(0.5, 0.75, -0.5), 0.5), 1.0 / 3,
                1e-12, "only values strictly above the threshold count.");
        Expect.close("fraction of a tensor of zeros", Saturation.fraction(Tensor.zeros(5, 5), 0.97), 0, 0, "");
    }

    @Test
    @Timeout(60)
    @DisplayName("deadUnits: columns saturated for every example of the batch")
    void dead() {
        Expect.equal("dead units at 0.97", Saturation.deadUnits(T, 0.97), 1,
                "column 0 is saturated in every row; columns 1 and 2 have at least one live example.");
        Expect.equal("dead units at 0.95", Saturation.deadUnits(T, 0.95), 1, "");
        Expect.equal("dead units at 0.4", Saturation.deadUnits(T, 0.4), 2, "columns 0 and 2 have |t| > 0.4 in every row.");
        Expect.equal("dead units of ((0.75, 0.875), (−0.5, 0.625)) at 0.5",
                Saturation.deadUnits(Tensor.of(new double[][] {{0.75, 0.875}, {-0.5, 0.625}}), 0.5), 1,
                "a value of exactly the threshold is not saturated, so column 0 has a live example; column 1 is dead.");
    }

    @Test
    @Timeout(60)
    @DisplayName("on the lecture's ORIGINAL hidden layer, most tanh outputs are saturated")
    void original() {
        Tensor.manualSeed(2147483647L);
        Tensor x = Tensor.randn(32, 30);
        Tensor h = x.matmul(Tensor.randn(30, 200)).add(Tensor.randn(200)).tanh();
        double f = Saturation.fraction(h, Saturation.THRESHOLD);
        Expect.that(f > 0.6, "pre-activations of std ≈ √31 put most tanh outputs on the tails; got a fraction of " + f);
    }
}
