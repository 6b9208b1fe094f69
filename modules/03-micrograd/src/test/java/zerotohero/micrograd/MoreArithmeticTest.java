package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;
import static zerotohero.micrograd.Graphs.backprop;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Derivatives;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.2")
@DisplayName("03.2 power, negation, subtraction, division")
class MoreArithmeticTest {

    @Test
    @DisplayName("pow by a constant: x² at 3 is 9 with slope 6; x⁻¹ at 2 is 0.5 with slope -0.25")
    void power() {
        Value x = Value.of(3);
        Value square = x.pow(2);
        backprop(square);
        Expect.close("3 ** 2", square.data(), 9, 1e-12, "");
        Expect.close("d(x²)/dx at 3", x.grad(), 6, 1e-12, "d(xⁿ)/dx = n·xⁿ⁻¹.");
        assertThat(square.op()).as("op of x.pow(2): \"**\" + number(exponent), a whole exponent without \".0\"")
                .isEqualTo("**2");

        Value y = Value.of(2);
        Value inverse = y.pow(-1);
        backprop(inverse);
        Expect.close("2 ** -1", inverse.data(), 0.5, 1e-12, "");
        Expect.close("d(x⁻¹)/dx at 2", y.grad(), -0.25, 1e-12, "d(xⁿ)/dx = n·xⁿ⁻¹ holds for negative n too.");
        assertThat(inverse.op()).as("op of y.pow(-1)").isEqualTo("**-1");

        Value z = Value.of(4);
        Value root = z.pow(0.5);
        backprop(root);
        Expect.close("4 ** 0.5", root.data(), 2, 1e-12, "");
        Expect.close("d(√x)/dx at 4", z.grad(), 0.25, 1e-12, "");
        assertThat(root.op()).as("op of z.pow(0.5): a fractional exponent keeps its decimals").isEqualTo("**0.5");
        assertThat(Value.of(1).pow(1e15).op())
                .as("op of pow(1e15): from 10¹⁵ on, number() writes the exponent as Java writes a double")
                .isEqualTo("**1.0E15");
    }

    @Test
    @DisplayName("neg and sub: values and gradients")
    void negationAndSubtraction() {
        Value a = Value.of(5);
        Value b = Value.of(2);

        Value minusA = a.neg();
        Value diff = a.sub(b);
        Value diffNumber = a.sub(1.5);

        Expect.close("-a", minusA.data(), -5, 0, "");
        Expect.close("5 - 2", diff.data(), 3, 0, "");
        Expect.close("5 - 1.5", diffNumber.data(), 3.5, 0, "");
        backprop(diff);
        Expect.close("d(a-b)/da", a.grad(), 1, 0, "");
        Expect.close("d(a-b)/db", b.grad(), -1, 0, "the subtracted input's gradient is negative.");
    }

    @Test
    @DisplayName("div: values and gradients, by a Value and by a number")
    void division() {
        Value a = Value.of(3);
        Value b = Value.of(4);

        Value q = a.div(b);
        backprop(q);

        Expect.close("3 / 4", q.data(), 0.75, 1e-15, "");
        Expect.close("d(a/b)/da", a.grad(), 0.25, 1e-12, "d(a/b)/da = 1/b.");
        Expect.close("d(a/b)/db", b.grad(), -3.0 / 16, 1e-12, "d(a/b)/db = -a/b².");
        Expect.close("3 / 2", a.div(2).data(), 1.5, 1e-15, "");
    }

    @Test
    @DisplayName("a number on the left: 10 - x and 10 / x (Python's __rsub__ and __rtruediv__)")
    void numberOnTheLeft() {
        Value x = Value.of(4);

        Value r = x.rsub(10);
        backprop(r);
        Expect.close("10 - 4", r.data(), 6, 0, "rsub(n) is n − this, not this − n.");
        Expect.close("d(10-x)/dx", x.grad(), -1, 0, "");

        Value y = Value.of(4);
        Value d = y.rdiv(10);
        backprop(d);
        Expect.close("10 / 4", d.data(), 2.5, 1e-15, "rdiv(n) is n / this, not this / n.");
        Expect.close("d(10/x)/dx at 4", y.grad(), -10.0 / 16, 1e-12, "");
    }

    @Test
    @DisplayName("gradient check: a rational expression against central differences at random points")
    void gradientCheck() {
        Function<Value[], Value> f = v -> v[0].mul(v[1]).sub(v[2].pow(3)).div(v[1].add(5)).add(v[0].rdiv(2)).sub(
                v[2].rsub(1).mul(v[0]).neg());
        Random rng = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = {1 + rng.nextDouble(), rng.nextDouble() * 4 - 2, rng.nextDouble() * 4 - 2};
            Value[] inputs = {Value.of(x[0]), Value.of(x[1]), Value.of(x[2])};
            backprop(f.apply(inputs));
            double[] expected = Derivatives.centralGradient(p -> f.apply(
                    new Value[] {Value.of(p[0]), Value.of(p[1]), Value.of(p[2])}).data(), x, 1e-6);
            for (int i = 0; i < 3; i++) {
                Expect.relativelyClose("d f / d x" + i + " at " + java.util.Arrays.toString(x), inputs[i].grad(),
                        expected[i], 1e-6, 1e-6, "a backward step disagrees with finite differences.");
            }
        }
    }
}
