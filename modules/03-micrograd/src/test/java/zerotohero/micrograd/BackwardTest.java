package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.4")
@DisplayName("03.4 backward(): topological order and accumulation")
class BackwardTest {

    @Test
    @DisplayName("the bigger expression of section 9 (micrograd's test_more_ops): g = 24.70408163265306, dg/da = 138.8338, dg/db = 645.5773")
    void biggerExpression() {
        Value a = Value.of(-4);
        Value b = Value.of(2);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(Value.of(1).add(c).add(a.neg()));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(d.mul(3).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2);
        g = g.add(f.rdiv(10));

        g.backward();

        Expect.close("g", g.data(), 24.70408163265306, 1e-6, "");
        Expect.close("dg/da", a.grad(), 138.83381924198252, 1e-6,
                "a feeds the graph in several places: each backward step must add (+=) into a.grad.");
        Expect.close("dg/db", b.grad(), 645.5772594752186, 1e-6, "");
    }

    @Test
    @DisplayName("the worked example through backward(): L = -8, dL/da = 6, dL/db = -4")
    void workedExample() {
        Value a = Value.of(2);
        Value b = Value.of(-3);
        Value c = Value.of(10);
        Value f = Value.of(-2);
        Value loss = a.mul(b).add(c).mul(f);

        loss.backward();

        Expect.close("dL/dL", loss.grad(), 1, 0, "backward() starts by setting the output's own grad to 1.");
        Expect.close("dL/da", a.grad(), 6, 1e-12, "");
        Expect.close("dL/db", b.grad(), -4, 1e-12, "");
        Expect.close("dL/dc", c.grad(), -2, 1e-12, "");
        Expect.close("dL/df", f.grad(), 4, 1e-12, "");
    }

    @Test
    @DisplayName("a node used twice: b = a + a has db/da = 2, and a diamond sums both paths")
    void reuse() {
        Value a = Value.of(3);
        Value b = a.add(a);
        b.backward();
        Expect.close("grad of a in a + a", a.grad(), 2, 0,
                "grad of a reused node is half the expected value: accumulate with +=, do not assign.");

        Value x = Value.of(2);
        Value shared = x.mul(3);
        Value y = shared.tanh().add(shared.mul(shared));
        y.backward();
        double t = Math.tanh(6);
        Expect.close("dy/dx for y = tanh(3x) + (3x)²", x.grad(), 3 * (1 - t * t) + 2 * 6 * 3, 1e-9,
                "the shared node's gradient is the sum over its two uses; run each node's step once, "
                        + "after all its parents.");
    }

    @Test
    @DisplayName("a chain of 100,000 nodes does not overflow the stack")
    void deepChain() {
        Value x = Value.of(0.5);
        Value y = x;
        for (int i = 0; i < 100_000; i++) {
            y = y.add(0.0);
        }
        try {
            y.backward();
        } catch (StackOverflowError e) {
            fail("backward() overflowed the stack on a chain of 100,000 nodes: build the topological order with an "
                    + "explicit stack (ArrayDeque) instead of recursion.");
        }
        Expect.close("dy/dx through 100,000 additions", x.grad(), 1, 0, "");
    }

    @Test
    @DisplayName("topologicalOrder(): every node once, each after its children, the output last")
    void topologicalOrder() {
        Value a = Value.of(1);
        Value b = Value.of(2);
        Value c = a.mul(b);
        Value d = c.add(a);
        Value e = d.mul(c).tanh();

        List<Value> order = e.topologicalOrder();

        assertThat(order).as("the nodes a, b, c, d, d·c and e").hasSize(6);
        Map<Value, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Expect.that(position.put(order.get(i), i) == null, "node " + order.get(i) + " appears twice in the order");
        }
        assertThat(order.get(order.size() - 1)).as("the last node").isSameAs(e);
        for (Value v : order) {
            for (Value child : v.children()) {
                Expect.that(position.get(child) < position.get(v),
                        "child " + child + " comes after its parent " + v + ": children must come first.");
            }
        }
    }

    @Test
    @DisplayName("backward twice without zeroGrad doubles the leaves' grads; intermediate grads start fresh")
    void backwardTwice() {
        Value a = Value.of(2);
        Value b = Value.of(-3);
        Value e = a.mul(b);
        Value loss = e.mul(e);

        loss.backward();
        double once = a.grad();
        double eOnce = e.grad();
        loss.backward();

        Expect.close("grad of leaf a after two backward() calls", a.grad(), 2 * once, 1e-12,
                "leaves accumulate across calls (as in PyTorch): that is why training zeroes grads each step.");
        Expect.close("grad of intermediate e after two calls", e.grad(), eOnce, 1e-12,
                "backward() resets the grads of the intermediate nodes it visits before propagating.");

        a.zeroGrad();
        b.zeroGrad();
        loss.backward();
        Expect.close("grad of a after zeroGrad() and backward()", a.grad(), once, 1e-12, "");
    }

    @Test
    @DisplayName("backward on a leaf sets its own grad to 1")
    void leaf() {
        Value a = Value.of(4);
        a.backward();
        Expect.close("grad of a lone leaf", a.grad(), 1, 0, "");
    }
}
