package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("02.4")
@DisplayName("02.4 gradient descent on a function")
class GradientDescentTest {

    /** f(x, y) = (x − 3)² + 2(y + 1)², smallest (0) at (3, −1). */
    private static final Function<Tensor, Tensor> BOWL = v -> {
        Tensor shifted = v.sub(Tensor.of(Nd4j.createFromArray(3.0, -1.0)));
        return shifted.mul(shifted).mul(Tensor.of(Nd4j.createFromArray(1.0, 2.0))).sum();
    };

    @Test
    @DisplayName("f(x) = 3x² − 4x + 5 from 0 with lr 0.1: reaches the minimum x = 2/3, f = 11/3, in the expected number of steps")
    void parabola() {
        GradientDescent.Result r = GradientDescent.minimize(v -> v.mul(v).mul(3).sub(v.mul(4)).add(5).sum(),
                new double[] {0}, 0.1, 1000, 1e-8);

        // The same descent with the derivative written out: x ← x − 0.1·(6x − 4), while |6x − 4| ≥ 1e-8.
        double x = 0;
        int steps = 0;
        while (Math.abs(6 * x - 4) >= 1e-8) {
            x -= 0.1 * (6 * x - 4);
            steps++;
        }
        Expect.close("x at the end", r.x()[0], 2.0 / 3, 1e-8,
                "moving with the gradient (x + lr·grad) climbs away from the minimum: step against it.");
        Expect.close("f at the end", r.value(), 11.0 / 3, 1e-12, "");
        Expect.equal("number of updates before |f'(x)| < 1e-8", r.steps(), steps,
                "stop as soon as the gradient's norm is below the tolerance, counting updates made.");
    }

    @Test
    @DisplayName("a 2-D bowl from (0, 0) with lr 0.1: every value along the way is the textbook descent's")
    void bowlStepByStep() {
        GradientDescent.Result r = GradientDescent.minimize(BOWL, new double[] {0, 0}, 0.1, 1000, 1e-6);

        double x = 0;
        double y = 0;
        int steps = 0;
        List<Double> values = new ArrayList<>();
        while (true) {
            double gx = 2 * (x - 3);
            double gy = 4 * (y + 1);
            values.add((x - 3) * (x - 3) + 2 * (y + 1) * (y + 1));
            if (Math.hypot(gx, gy) < 1e-6) {
                break;
            }
            x -= 0.1 * gx;
            y -= 0.1 * gy;
            steps++;
        }
        Expect.close("f at the start", r.values().get(0), 11, 1e-12, "the first value is f(start) = 9 + 2 = 11.");
        for (int k = 1; k < Math.min(5, r.values().size()); k++) {
            Expect.close("f after " + k + " updates", r.values().get(k), values.get(k), 1e-9,
                    r.values().get(k) > values.get(k - 1)
                            ? "f went up: step down the gradient, x ← x − lr·grad."
                            : "zero x's gradient before each backward(): kit adds every new gradient to the old one.");
        }
        Expect.equal("number of updates", r.steps(), steps, "");
        assertThat(r.values()).as("values: one before each update and one at the end").hasSize(steps + 1);
        Expect.close("x at the end", r.x()[0], 3, 1e-6, "");
        Expect.close("y at the end", r.x()[1], -1, 1e-6, "");
        assertThat(r.x()).as("the point where it stopped").hasSize(2);
    }

    @Test
    @DisplayName("the tolerance is a strict bound: a gradient of norm exactly 5 is not below a tolerance of 5")
    void toleranceIsStrict() {
        Function<Tensor, Tensor> line = v -> v.mul(5).sum(); // f(x) = 5x: the gradient is 5 everywhere
        GradientDescent.Result atFive = GradientDescent.minimize(line, new double[] {0}, 0.1, 3, 5);
        Expect.equal("updates made with tolerance 5", atFive.steps(), 3,
                "stop only when the gradient's norm is below the tolerance (norm < tolerance): 5 is not below 5,"
                        + " so all maxSteps = 3 updates are made.");
        GradientDescent.Result aboveFive = GradientDescent.minimize(line, new double[] {0}, 0.1, 3, 5.001);
        Expect.equal("updates made with tolerance 5.001", aboveFive.steps(), 0,
                "a norm of 5 is below 5.001: the first round stops before any update.");
        assertThat(aboveFive.values()).as("values of a run that stopped at once: f at the start only").hasSize(1);
    }

    @Test
    @DisplayName("Rosenbrock from (−1, 1) with lr 1e-3: stops after maxSteps = 300 updates, having gone downhill")
    void stopsAtMaxSteps() {
        Function<Tensor, Tensor> rosenbrock = v -> {
            Tensor x = v.mul(Tensor.of(Nd4j.createFromArray(1.0, 0.0))).sum();
            Tensor y = v.mul(Tensor.of(Nd4j.createFromArray(0.0, 1.0))).sum();
            Tensor oneMinusX = x.neg().add(1);
            Tensor gap = y.sub(x.mul(x));
            return oneMinusX.mul(oneMinusX).add(gap.mul(gap).mul(100));
        };
        GradientDescent.Result r = GradientDescent.minimize(rosenbrock, new double[] {-1, 1}, 1e-3, 300, 1e-12);
        Expect.equal("updates made", r.steps(), 300, "stop after maxSteps updates when the tolerance is not reached.");
        Expect.close("f at the start", r.values().get(0), 4, 1e-12, "");
        Expect.that(r.value() < 4, "f rose from 4 to " + r.value() + ": step against the gradient.");
        for (int k = 1; k < r.values().size(); k++) {
            Expect.that(r.values().get(k) <= r.values().get(k - 1),
                    "f went up at step " + k + ": from " + r.values().get(k - 1) + " to " + r.values().get(k)
                            + ". With lr 1e-3 every step must go down: are the gradients zeroed before each backward()?");
        }
    }
}
