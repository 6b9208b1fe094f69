package zerotohero.batchnorm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("06.4")
@DisplayName("06.4 Linear and Tanh as modules")
class LayersTest {

    private static final Tensor X = Tensor.of(new double[][] {{1, 2}, {-1, 0.5}});

    @Test
    @Timeout(60)
    @DisplayName("Linear: x @ W + b, remembered in out")
    void linear() {
        Linear l = new Linear(Tensor.of(new double[][] {{1, 0, 2}, {0, -1, 1}}), Tensor.of(0.5, 0, -0.5));
        Tensor y = l.forward(X);
        assertThat(Fixtures.matrix(y)).as("x @ W + b").isDeepEqualTo(new double[][] {{1.5, -2, 3.5}, {-0.5, -0.5, -2}});
        Expect.that(l.out == y, "keep the output in `out` (the diagnostics read it).");
    }

    @Test
    @Timeout(60)
    @DisplayName("Linear without a bias: x @ W, and gradients reach the weight")
    void noBias() {
        Linear l = new Linear(Tensor.of(new double[][] {{1, 0}, {0, 1}}), null);
        Tensor y = l.forward(X);
        assertThat(Fixtures.matrix(y)).isDeepEqualTo(new double[][] {{1, 2}, {-1, 0.5}});
        y.sum().backward();
        assertThat(Fixtures.matrix(Tensor.of(l.weight.grad()))).as("d sum(x @ W)/dW = xᵀ @ ones")
                .isDeepEqualTo(new double[][] {{0, 0}, {2.5, 2.5}});
    }

    @Test
    @Timeout(60)
    @DisplayName("Tanh: elementwise tanh, remembered in out")
    void tanh() {
        Tanh t = new Tanh();
        Tensor y = t.forward(X);
        double[][] v = Fixtures.matrix(y);
        Expect.close("tanh(1)", v[0][0], Math.tanh(1), 1e-6, "");
        Expect.close("tanh(-1)", v[1][0], Math.tanh(-1), 1e-6, "");
        Expect.close("tanh(0.5)", v[1][1], Math.tanh(0.5), 1e-6, "");
        Expect.that(t.out == y, "keep the output in `out`.");
        assertThat(t.parameters()).as("tanh learns nothing").isEmpty();
    }
}
