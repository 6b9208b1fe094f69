package zerotohero.micrograd;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws an expression graph as Graphviz DOT text; render it with {@code dot -Tsvg graph.dot > graph.svg}. */
public final class Graph {

    private Graph() {
    }

    /**
     * The graph that {@code root} was computed from, left to right: one box per {@link Value} showing its
     * label, data and grad (four decimals), one oval per operation, and edges child → op → result. A node
     * used twice is drawn once, with two edges out.
     */
    public static String toDot(Value root) {
        List<Value> nodes = root.topologicalOrder();
        Map<Value, String> ids = new IdentityHashMap<>();
        for (Value v : nodes) {
            ids.put(v, "n" + ids.size());
        }
        StringBuilder dot = new StringBuilder("digraph {\n  rankdir=LR;\n");
        for (Value v : nodes) {
            String id = ids.get(v);
            dot.append(String.format(Locale.ROOT, "  %s [shape=record, label=\"{ %s | data %.4f | grad %.4f }\"];%n",
                    id, escape(v.label()), v.data(), v.grad()));
            if (!v.op().isEmpty()) {
                dot.append(String.format("  %s_op [label=\"%s\"];%n", id, escape(v.op())));
                dot.append(String.format("  %s_op -> %s;%n", id, id));
                for (Value child : v.children()) {
                    dot.append(String.format("  %s -> %s_op;%n", ids.get(child), id));
                }
            }
        }
        return dot.append("}\n").toString();
    }

    /** Characters that would end a DOT string or a record field are escaped. */
    private static String escape(String text) {
        return text.replaceAll("([\"\\\\{}|<>])", "\\\\$1");
    }
}
