package zerotohero.micrograd;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zerotohero.kit.Todo;

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
        throw new Todo("03.7");
    }

    /** Characters that would end a DOT string or a record field are escaped. */
    private static String escape(String text) {
        return text.replaceAll("([\"\\\\{}|<>])", "\\\\$1");
    }
}
