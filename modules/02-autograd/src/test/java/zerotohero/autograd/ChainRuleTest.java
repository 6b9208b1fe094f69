package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Derivatives;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("02.2")
@DisplayName("02.2 the chain rule by hand, checked against kit")
class ChainRuleTest {

    private static Tensor leaf(double... values) {
        return Tensor.of(Nd4j.createFromArray(values)).requireGrad();
    }

    @Test
    @DisplayName("z = x·x·y at x = 2, y = 3: dz/dx = 12, dz/dy = 4")
    void productAtTwoThree() {
        double[] g = ChainRule.productGradient(2, 3);
        Expect.close("dz/dx", g[0], 12, 1e-12, "x appears twice: dz/dx = y·x + x·y = 2xy.");
        Expect.close("dz/dy", g[1], 4, 1e-12, "dz/dy = x·x.");
    }

    @Test
    @DisplayName("z = x·x·y by hand agrees with kit's backward() at random points")
    void productAgreesWithKit() {
        Random random = new Random(2);
        for (int k = 0; k < 5; k++) {
            double x = random.nextGaussian() * 3;
            double y = random.nextGaussian() * 3;
            Tensor tx = leaf(x);
            Tensor ty = leaf(y);
            tx.mul(tx).mul(ty).sum().backward();
            double[] g = ChainRule.productGradient(x, y);
            Expect.close("dz/dx at (" + x + ", " + y + ")", g[0], tx.grad().getDouble(0), 1e-9, "");
            Expect.close("dz/dy at (" + x + ", " + y + ")", g[1], ty.grad().getDouble(0), 1e-9, "");
        }
    }

    @Test
    @DisplayName("o = tanh(w·x + b) by hand agrees with finite differences")
    void neuronByHand() {
        double[][] points = {{2, -3, 6.8813735870195432}, {0.5, 0.1, -0.2}, {-1, 2, 0.3}};
        for (double[] p : points) {
            double[] g = ChainRule.neuronGradient(p[0], p[1], p[2]);
            double[] numeric = Derivatives.centralGradient(v -> Math.tanh(v[1] * v[0] + v[2]), p, 1e-6);
            String[] names = {"do/dx", "do/dw", "do/db"};
            for (int i = 0; i < 3; i++) {
                Expect.close(names[i] + " at x=" + p[0] + ", w=" + p[1] + ", b=" + p[2], g[i], numeric[i], 1e-7,
                        "the outer derivative is 1 − tanh²(w·x + b); multiply it by the inner one (w, x or 1).");
            }
        }
        double[] atLecture = ChainRule.neuronGradient(2, -3, 6.8813735870195432);
        Expect.close("do/dw for x = 2, w = −3, b = 6.8813…", atLecture[1], 1.0, 1e-6,
                "o = 1/√2 there, so 1 − o² = ½ and do/dw = ½·x = 1.");
    }

    @Test
    @DisplayName("neuron(x, w, b) with kit: tanh(w·x + b) element-wise, and backward() fills in all three gradients")
    void neuronWithKit() {
        double[] xs = {2, 0.5, -1, 0};
        double[] ws = {-3, 0.1, 2, 1};
        double[] bs = {6.8813735870195432, -0.2, 0.3, 0};
        Tensor x = leaf(xs);
        Tensor w = leaf(ws);
        Tensor b = leaf(bs);

        Tensor o = ChainRule.neuron(x, w, b);

        assertThat(o.shape()).as("one output per neuron").containsExactly(4);
        Expect.that(o.requiresGrad(), "the output is not part of a graph: build it from kit's ops (mul, add, tanh) "
                + "on the tensors you were given, not from plain numbers.");
        o.sum().backward();
        for (int i = 0; i < 4; i++) {
            double out = Math.tanh(ws[i] * xs[i] + bs[i]);
            double outer = 1 - out * out;
            Expect.close("o[" + i + "]", o.data().getDouble(i), out, 1e-12, "");
            Expect.close("grad of x[" + i + "]", x.grad().getDouble(i), outer * ws[i], 1e-12, "");
            Expect.close("grad of w[" + i + "]", w.grad().getDouble(i), outer * xs[i], 1e-12, "");
            Expect.close("grad of b[" + i + "]", b.grad().getDouble(i), outer, 1e-12, "");
        }
    }
}
