package zerotohero.micrograd;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support, not an exercise: a plain recursive backward pass, so that the op exercises (03.1–03.3)
 * can be graded before {@code backward()} (03.4) is written. Only for the small graphs of those tests.
 */
final class Graphs {

    private Graphs() {
    }

    /** Sets d(root)/d(node) on every node under root, running each node's backwardStep once. */
    static void backprop(Value root) {
        List<Value> order = new ArrayList<>();
        visit(root, new IdentityHashMap<>(), order);
        for (Value v : order) {
            v.grad = 0;
        }
        root.grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep.run();
        }
    }

    private static void visit(Value v, Map<Value, Boolean> seen, List<Value> order) {
        if (seen.put(v, true) == null) {
            for (Value child : v.children) {
                visit(child, seen, order);
            }
            order.add(v);
        }
    }
}
