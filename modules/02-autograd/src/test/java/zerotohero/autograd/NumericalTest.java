package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("02.1")
@DisplayName("02.1 numerical derivative (central difference) and gradient")
class NumericalTest {

    private static final DoubleUnaryOperator F = x -> 3 * x * x - 4 * x + 5;

    @Test
    @DisplayName("f(x) = 3x² − 4x + 5: f(3) = 20 and the central difference at 3 gives f'(3) = 14")
    void slopeOfTheParabola() {
        Expect.close("f(3)", F.applyAsDouble(3), 20, 0, "");
        double slope = Numerical.centralDifference(F, 3, 1e-3);
        Expect.close("central difference of f at 3 with h = 1e-3", slope, 14, 1e-6,
                "14.003 is the forward difference (f(x+h) − f(x)) / h; the central one is (f(x+h) − f(x−h)) / 2h, "
                        + "exact on a parabola up to rounding.");
        Expect.close("central difference of f at 2/3 (the minimum)", Numerical.centralDifference(F, 2.0 / 3, 1e-3),
                0, 1e-6, "at the bottom of the parabola the slope is zero.");
    }

    @Test
    @DisplayName("on sin at x = 1 with h = 1e-3 the central difference is more than 100× as accurate as the forward one")
    void centralBeatsForward() {
        double exact = Math.cos(1);
        double central = Numerical.centralDifference(Math::sin, 1, 1e-3);
        double forward = Numerical.forwardDifference(Math::sin, 1, 1e-3);
        double centralError = Math.abs(central - exact);
        double forwardError = Math.abs(forward - exact);
        Expect.that(centralError * 100 < forwardError,
                "error of your central difference " + centralError + " vs the forward difference's " + forwardError
                        + ": the central difference should be at least 100× closer (its error shrinks like h², the "
                        + "forward one's like h). Did you compute (f(x+h) − f(x)) / h?");
        Expect.close("central difference of sin at 1", central, exact, 1e-6, "");
        Expect.close("forward difference of sin at 1 (given)", forward, exact - 0.5e-3 * Math.sin(1), 1e-6,
                "the forward difference is off by about h/2 · f''(x) = −4.2e-4 here: its error shrinks only like h.");
    }

    @Test
    @DisplayName("gradient of z = x·x·y at (2, 3) is (12, 4), and the input array is left as it was")
    void gradientOfAProduct() {
        double[] at = {2, 3};
        double[] g = Numerical.gradient(v -> v[0] * v[0] * v[1], at, 1e-4);
        assertThat(g).as("one partial derivative per input").hasSize(2);
        Expect.close("dz/dx", g[0], 12, 1e-6, "dz/dx = 2xy; 12.0003 means a forward difference, use central ones.");
        Expect.close("dz/dy", g[1], 4, 1e-6, "dz/dy = x²: nudge y with x held fixed.");
        assertThat(at).as("the point the gradient was taken at").containsExactly(2, 3);
    }

    @Test
    @DisplayName("gradient of a function of three inputs: each partial derivative nudges one input only")
    void gradientInThreeDimensions() {
        double[] at = {0.5, -1, 2};
        double[] g = Numerical.gradient(v -> Math.exp(v[0]) * v[1] + v[2] * v[2] * v[2] - v[0] * v[2], at, 1e-5);
        double[] exact = {Math.exp(0.5) * -1 - 2, Math.exp(0.5), 3 * 4 - 0.5};
        for (int i = 0; i < 3; i++) {
            Expect.close("partial derivative " + i, g[i], exact[i], 1e-7,
                    "move input " + i + " by ±h, keep the others, and restore it afterwards.");
        }
    }
}
