package zerotohero.micrograd;

import zerotohero.kit.Todo;

/** Draws an expression graph as Graphviz DOT text; render it with {@code dot -Tsvg graph.dot > graph.svg}. */
public final class Graph {

    private Graph() {
    }

    /**
     * The graph that {@code root} was computed from, left to right: one box per {@link Value} showing its
     * label, data and grad (four decimals), one oval per operation, and edges child → op → result. A node
     * used twice is drawn once, with two edges out.
     *
     * <p>The format, for {@code c = a + b} (ids are yours to choose; numbers with {@code Locale.ROOT}):
     * <pre>
     * digraph {
     *   rankdir=LR;
     *   n0 [shape=record, label="{ a | data 2.0000 | grad 1.0000 }"];
     *   n1 [shape=record, label="{ b | data -3.0000 | grad 1.0000 }"];
     *   n2 [shape=record, label="{ c | data -1.0000 | grad 1.0000 }"];
     *   n2_op [label="+"];
     *   n2_op -> n2;
     *   n0 -> n2_op;
     *   n1 -> n2_op;
     * }
     * </pre>
     * Pass labels through {@link #escape} so a quote or a brace in a label cannot break the file.
     */
    public static String toDot(Value root) {
        throw new Todo("03.7");
    }

    /** Characters that would end a DOT string or a record field are escaped. */
    private static String escape(String text) {
        return text.replaceAll("([\"\\\\{}|<>])", "\\\\$1");
    }
}
