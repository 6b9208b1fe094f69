package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;
import static zerotohero.micrograd.Graphs.backprop;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.1")
@DisplayName("03.1 addition and multiplication")
class ArithmeticTest {

    private static final String ACCUMULATE =
            "A backward step must add into a child's grad (+=), not assign: a node can feed several operations.";

    @Test
    @DisplayName("add: data, op and children")
    void addBuildsANode() {
        Value a = Value.of(2);
        Value b = Value.of(-3);

        Value c = a.add(b);

        Expect.close("data of 2 + (-3)", c.data(), -1, 0, "");
        assertThat(c.op()).as("op of a sum").isEqualTo("+");
        assertThat(c.children()).as("children of a + b").containsExactly(a, b);
        assertThat(a.children()).as("a leaf has no children").isEmpty();
    }

    @Test
    @DisplayName("add passes the output's gradient to both inputs unchanged")
    void addBackward() {
        Value a = Value.of(2);
        Value b = Value.of(-3);
        Value c = a.add(b);

        c.grad = 3;
        c.backwardStep.run();

        Expect.close("grad of a in a + b (out.grad = 3)", a.grad(), 3, 0,
                "d(a+b)/da = 1, so a receives out.grad times 1.");
        Expect.close("grad of b in a + b (out.grad = 3)", b.grad(), 3, 0, "");
    }

    @Test
    @DisplayName("mul: data, op, and each input's gradient is the other input")
    void mulForwardAndBackward() {
        Value a = Value.of(-4);
        Value b = Value.of(2);

        Value c = a.mul(b);
        c.grad = 2;
        c.backwardStep.run();

        Expect.close("data of -4 * 2", c.data(), -8, 0, "");
        assertThat(c.op()).isEqualTo("*");
        assertThat(c.children()).containsExactly(a, b);
        Expect.close("grad of a in a * b (b = 2, out.grad = 2)", a.grad(), 4, 0,
                "d(a·b)/da = b, times out.grad: the chain rule multiplies.");
        Expect.close("grad of b in a * b (a = -4, out.grad = 2)", b.grad(), -8, 0, "");
    }

    @Test
    @DisplayName("a node used twice gets both contributions: a + a and a * a")
    void reusedNodeAccumulates() {
        Value a = Value.of(3);
        Value twice = a.add(a);
        backprop(twice);
        Expect.close("grad of a in a + a", a.grad(), 2, 0, ACCUMULATE);

        Value b = Value.of(3);
        Value square = b.mul(b);
        backprop(square);
        Expect.close("grad of b in b * b at b = 3", b.grad(), 6, 0, ACCUMULATE);
    }

    @Test
    @DisplayName("plain numbers on either side: a + 1, a * 2, Value.of(1) + a")
    void numbersAsOperands() {
        Value a = Value.of(5);

        Value plus = a.add(1);
        Value times = a.mul(2);
        Value leftPlus = Value.of(1).add(a);

        Expect.close("5 + 1", plus.data(), 6, 0, "");
        Expect.close("5 * 2", times.data(), 10, 0, "");
        Expect.close("1 + 5", leftPlus.data(), 6, 0, "");
        backprop(times);
        Expect.close("grad of a in a * 2", a.grad(), 2, 0, "");
    }

    @Test
    @DisplayName("the worked example: L = (a·b + c)·f = -8, with every gradient")
    void workedExample() {
        Value a = Value.of(2).label("a");
        Value b = Value.of(-3).label("b");
        Value c = Value.of(10).label("c");
        Value e = a.mul(b).label("e");
        Value d = e.add(c).label("d");
        Value f = Value.of(-2).label("f");
        Value loss = d.mul(f).label("L");

        backprop(loss);

        Expect.close("L", loss.data(), -8, 0, "");
        Expect.close("dL/dd", d.grad(), -2, 1e-12, "dL/dd = f.");
        Expect.close("dL/df", f.grad(), 4, 1e-12, "dL/df = d.");
        Expect.close("dL/de", e.grad(), -2, 1e-12, "a sum routes the gradient to both inputs.");
        Expect.close("dL/dc", c.grad(), -2, 1e-12, "");
        Expect.close("dL/da", a.grad(), 6, 1e-12, "dL/da = dL/de · b.");
        Expect.close("dL/db", b.grad(), -4, 1e-12, "dL/db = dL/de · a.");
    }
}
