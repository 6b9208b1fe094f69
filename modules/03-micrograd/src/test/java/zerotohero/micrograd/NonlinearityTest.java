package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;
import static zerotohero.micrograd.Graphs.backprop;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Derivatives;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.3")
@DisplayName("03.3 tanh, exp and relu")
class NonlinearityTest {

    @Test
    @DisplayName("tanh: value and slope 1 - tanh²")
    void tanh() {
        Value x = Value.of(0.5);
        Value t = x.tanh();
        backprop(t);
        Expect.close("tanh(0.5)", t.data(), Math.tanh(0.5), 1e-15, "");
        Expect.close("d tanh(x)/dx at 0.5", x.grad(), 1 - Math.tanh(0.5) * Math.tanh(0.5), 1e-12,
                "the slope is 1 − tanh(x)², not 1 − x².");
        assertThat(t.op()).isEqualTo("tanh");
        Value y = Value.of(0.5);
        Value scaled = y.tanh().mul(3);
        backprop(scaled);
        Expect.close("d(3·tanh(y))/dy at 0.5", y.grad(), 3 * (1 - Math.tanh(0.5) * Math.tanh(0.5)), 1e-12,
                "chain rule: multiply the local slope 1 − tanh² by the gradient arriving from above (out.grad, 3 here).");
        Expect.close("tanh(40) saturates at 1", Value.of(40).tanh().data(), 1, 0,
                "compute tanh with Math.tanh: the formula with e^(2x) overflows to NaN for large x.");
    }

    @Test
    @DisplayName("exp: its own derivative")
    void exp() {
        Value x = Value.of(1);
        Value e = x.exp();
        backprop(e);
        Expect.close("exp(1)", e.data(), Math.E, 1e-15, "");
        Expect.close("d exp(x)/dx at 1", x.grad(), Math.E, 1e-12, "");
        assertThat(e.op()).isEqualTo("exp");
    }

    @Test
    @DisplayName("relu: passes positive inputs and their gradient, blocks negative ones")
    void relu() {
        Value pos = Value.of(3);
        Value neg = Value.of(-2);
        Value rp = pos.relu();
        Value rn = neg.relu();
        backprop(rp);
        backprop(rn);
        Expect.close("relu(3)", rp.data(), 3, 0, "");
        Expect.close("relu(-2)", rn.data(), 0, 0, "relu(x) = max(0, x).");
        Expect.close("d relu/dx at 3", pos.grad(), 1, 0, "");
        Expect.close("d relu/dx at -2", neg.grad(), 0, 0, "no gradient flows through a relu that output 0.");
        assertThat(rp.op()).isEqualTo("relu");
    }

    @Test
    @DisplayName("the tanh neuron: o = tanh(x1·w1 + x2·w2 + b) = 0.7071 with its gradients")
    void tanhNeuron() {
        Value x1 = Value.of(2);
        Value x2 = Value.of(0);
        Value w1 = Value.of(-3);
        Value w2 = Value.of(1);
        Value b = Value.of(6.8813735870195432);

        Value o = x1.mul(w1).add(x2.mul(w2)).add(b).tanh();
        backprop(o);

        Expect.close("o", o.data(), 0.7071067811865476, 1e-15, "");
        Expect.close("do/dx1", x1.grad(), -1.5, 1e-12, "");
        Expect.close("do/dw1", w1.grad(), 1.0, 1e-12, "");
        Expect.close("do/dx2", x2.grad(), 0.5, 1e-12, "");
        Expect.close("do/dw2", w2.grad(), 0.0, 1e-12, "w2 multiplies x2 = 0, so it cannot change o.");
    }

    @Test
    @DisplayName("gradient check of tanh(exp(x)·x) and relu(x³ − x) against central differences")
    void gradientCheck() {
        check(v -> v.exp().mul(v).tanh(), -1.3, 0.2, 0.7);
        check(v -> v.pow(3).sub(v).relu(), -0.5, 0.5, 1.7);
    }

    private static void check(UnaryOperator<Value> f, double... points) {
        for (double p : points) {
            Value x = Value.of(p);
            backprop(f.apply(x));
            double expected = Derivatives.centralGradient(q -> f.apply(Value.of(q[0])).data(), new double[] {p}, 1e-6)[0];
            Expect.relativelyClose("derivative at " + p, x.grad(), expected, 1e-6, 1e-7, "");
        }
    }
}
