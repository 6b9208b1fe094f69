package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.7")
@DisplayName("03.7 drawing the graph as DOT")
class GraphTest {

    private static final Pattern RECORD = Pattern.compile("(\\w+) \\[shape=record, label=\"\\{ (.*?) \\| data (-?\\d+\\.\\d{4}) \\| grad (-?\\d+\\.\\d{4}) \\}\"\\];");
    private static final Pattern OP = Pattern.compile("(\\w+) \\[label=\"([^\"]*)\"\\];");
    private static final Pattern EDGE = Pattern.compile("(\\w+) -> (\\w+);");

    private static List<String[]> all(Pattern p, String dot, int groups) {
        Matcher m = p.matcher(dot);
        List<String[]> found = new java.util.ArrayList<>();
        while (m.find()) {
            String[] g = new String[groups];
            for (int i = 0; i < groups; i++) {
                g[i] = m.group(i + 1);
            }
            found.add(g);
        }
        return found;
    }

    private static Value workedExample() {
        Value a = Value.of(2).label("a");
        Value b = Value.of(-3).label("b");
        Value c = Value.of(10).label("c");
        Value e = a.mul(b).label("e");
        Value d = e.add(c).label("d");
        Value f = Value.of(-2).label("f");
        Value loss = d.mul(f).label("L");
        loss.backward();
        return loss;
    }

    @Test
    @DisplayName("a digraph with one record per value (label, data, grad) and one node per operation")
    void structure() {
        String dot = Graph.toDot(workedExample());

        assertThat(dot.strip()).as("DOT text").startsWith("digraph").endsWith("}");
        List<String[]> records = all(RECORD, dot, 4);
        assertThat(records).as("value records (a, b, c, e, d, f, L) in:\n" + dot).hasSize(7);
        assertThat(records).extracting(r -> r[1]).containsExactlyInAnyOrder("a", "b", "c", "e", "d", "f", "L");
        String[] loss = records.stream().filter(r -> r[1].equals("L")).findFirst().orElseThrow();
        assertThat(loss[2]).as("data of L").isEqualTo("-8.0000");
        assertThat(loss[3]).as("grad of L").isEqualTo("1.0000");
        String[] a = records.stream().filter(r -> r[1].equals("a")).findFirst().orElseThrow();
        assertThat(a[3]).as("grad of a, with four decimals").isEqualTo("6.0000");

        List<String[]> ops = all(OP, dot, 2).stream().filter(o -> !o[0].equals("rankdir")).toList();
        assertThat(ops).as("operation nodes: *, + and *").extracting(o -> o[1]).containsExactlyInAnyOrder("*", "+", "*");
    }

    @Test
    @DisplayName("edges run child → op → result; a value used twice is drawn once with two edges out")
    void edges() {
        Value a = Value.of(3).label("a");
        Value b = a.add(a).label("b");
        Value c = b.mul(a).label("c");

        String dot = Graph.toDot(c);

        List<String[]> records = all(RECORD, dot, 4);
        assertThat(records).as("records of a, b, c").hasSize(3);
        String idA = records.stream().filter(r -> r[1].equals("a")).findFirst().orElseThrow()[0];
        String idB = records.stream().filter(r -> r[1].equals("b")).findFirst().orElseThrow()[0];
        String idC = records.stream().filter(r -> r[1].equals("c")).findFirst().orElseThrow()[0];
        List<String[]> edges = all(EDGE, dot, 2);
        assertThat(edges).as("edges: a→+ twice, +→b, b→*, a→*, *→c").hasSize(6);
        long fromA = edges.stream().filter(e -> e[0].equals(idA)).count();
        Expect.equal("edges out of a", fromA, 3L, "a feeds + twice and * once.");
        for (String[] e : edges) {
            boolean intoOp = !e[1].equals(idA) && !e[1].equals(idB) && !e[1].equals(idC);
            boolean fromOp = !e[0].equals(idA) && !e[0].equals(idB) && !e[0].equals(idC);
            Expect.that(intoOp != fromOp, "edge " + e[0] + " -> " + e[1] + " must link a value and an op node");
        }
    }

    @Test
    @DisplayName("numbers use a dot whatever the locale, and quotes in labels are escaped")
    void localeAndEscaping() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String dot = Graph.toDot(Value.of(0.5).label("say \"hi\"").tanh());
            assertThat(dot).contains("data 0.5000").doesNotContain("0,5000").contains("say \\\"hi\\\"");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
