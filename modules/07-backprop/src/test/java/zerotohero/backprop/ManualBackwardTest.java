package zerotohero.backprop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.opentest4j.AssertionFailedError;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Todo;

/**
 * Each of the 26 gradients against autograd's, in the order of the backward pass. Everything is float64,
 * so a correct gradient agrees to about 1e-16 relative; the tolerances leave room only for a different
 * order of additions.
 */
@Exercise("07.1")
@DisplayName("07.1 every gradient by hand, checked against autograd")
class ManualBackwardTest {

    /** What each gradient is, told when it is wrong. */
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("dlogprobs", "loss = −(1/n)·Σ logprobs[i, y_i]: −1/n at each (i, y_i), zero elsewhere."),
            Map.entry("dprobs", "logprobs = ln(probs), so dprobs = (1/probs)·dlogprobs."),
            Map.entry("dcountsSumInv", "probs = counts·countsSumInv: (counts·dprobs), summed over the columns the (n, 1) "
                    + "column was broadcast along."),
            Map.entry("dcountsSum", "countsSumInv = countsSum^−1: −countsSum^−2·dcountsSumInv."),
            Map.entry("dcounts", "counts feeds probs directly and countsSum: countsSumInv·dprobs plus dcountsSum "
                    + "broadcast over the columns (a sum in the forward pass is a broadcast in the backward pass)."),
            Map.entry("dnormLogits", "counts = exp(normLogits), and exp is its own derivative: counts·dcounts."),
            Map.entry("dlogitMaxes", "normLogits = logits − logitMaxes: −(row sums of dnormLogits). It should come out "
                    + "near zero: the max only keeps exp from overflowing and does not change the loss."),
            Map.entry("dlogits", "logits feeds normLogits (dnormLogits as is) and logitMaxes (dlogitMaxes added at "
                    + "each row's argmax, a one-hot)."),
            Map.entry("dh", "logits = h @ W2 + b2: dh = dlogits @ W2ᵀ."),
            Map.entry("dW2", "logits = h @ W2 + b2: dW2 = hᵀ @ dlogits."),
            Map.entry("db2", "b2 (shape [27]) was broadcast over the rows: the column sums of dlogits."),
            Map.entry("dhpreact", "h = tanh(hpreact): (1 − h²)·dh."),
            Map.entry("dbngain", "hpreact = bngain·bnraw + bnbias: (bnraw·dhpreact) summed over the rows, keepdim."),
            Map.entry("dbnbias", "dhpreact summed over the rows, keepdim."),
            Map.entry("dbnraw", "bngain·dhpreact (bngain broadcast over the rows)."),
            Map.entry("dbnvarInv", "bnraw = bndiff·bnvarInv: (bndiff·dbnraw) summed over the rows, keepdim."),
            Map.entry("dbnvar", "bnvarInv = (bnvar + 1e-5)^−½: −½·(bnvar + 1e-5)^−3/2·dbnvarInv."),
            Map.entry("dbndiff2", "bnvar = 1/(n−1)·Σ_rows bndiff2: dbnvar/(n − 1), broadcast to every row."),
            Map.entry("dbndiff", "bndiff feeds bnraw (bnvarInv·dbnraw) and bndiff2 (2·bndiff·dbndiff2): add both."),
            Map.entry("dbnmeani", "bndiff = hprebn − bnmeani: −(dbndiff summed over the rows), keepdim."),
            Map.entry("dhprebn", "hprebn feeds bndiff (dbndiff as is) and bnmeani (dbnmeani/n broadcast to every row)."),
            Map.entry("dembcat", "hprebn = embcat @ W1 + b1: dhprebn @ W1ᵀ."),
            Map.entry("dW1", "embcatᵀ @ dhprebn."),
            Map.entry("db1", "the column sums of dhprebn, a vector like b1. (Its numbers are almost zero: batch norm "
                    + "subtracts the mean, so b1 cannot change the loss.)"),
            Map.entry("demb", "embcat is only a view of emb: the same numbers, reshaped to emb's (n, 3, 10)."),
            Map.entry("dC", "emb = C[x]: row x[i][j] of C receives demb[i][j], for every (i, j)."));

    /** float64 with the same formulas agrees to rounding: the largest difference of the reference is about 1e-17. */
    private static final double TOLERANCE = 1e-12;

    static Stream<String> gradients() {
        return Gradients.ORDER.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradients")
    @Timeout(60)
    @DisplayName("each gradient has its tensor's shape and autograd's numbers")
    void gradient(String name) {
        Forward f = Fixtures.forwardWithAutograd();
        INDArray expected = f.of(name).grad().dup();
        Gradients g = new Gradients();
        RuntimeException crash = run(f, g);
        if (g.get(name) == null && crash != null) {
            throw new AssertionFailedError(name + " was not computed: ManualBackward.backward threw before it got "
                    + "there: " + crash, crash);
        }
        if (name.equals("dC") && g.dC != null) {
            explainAssignment(f, expected, g.dC);
        }
        GradientAssert.matches(name, expected, g.get(name), TOLERANCE, f.n(), HINTS.get(name));
    }

    /** Runs the learner's backward pass; returns what it threw (other than Todo), so earlier fields still count. */
    private static RuntimeException run(Forward f, Gradients g) {
        try {
            ManualBackward.backward(f, g);
            return null;
        } catch (Todo todo) {
            throw todo;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The batch has repeated characters; if exactly their rows are wrong, dC was assigned, not accumulated. */
    private static void explainAssignment(Forward f, INDArray expected, INDArray dC) {
        if (!java.util.Arrays.equals(expected.shape(), dC.shape())) {
            return;
        }
        Map<Integer, Integer> times = Fixtures.occurrences(f.x());
        List<Integer> wrong = new ArrayList<>();
        for (int row = 0; row < expected.rows(); row++) {
            double diff = expected.getRow(row).sub(dC.getRow(row)).amaxNumber().doubleValue();
            if (diff > 1e-12) {
                wrong.add(row);
            }
        }
        if (!wrong.isEmpty() && wrong.stream().allMatch(r -> times.getOrDefault(r, 0) > 1)) {
            Expect.that(false, "dC: rows " + wrong + " are wrong, and each of those characters occurs more than once "
                    + "in the batch (e.g. row " + wrong.get(0) + ": " + times.get(wrong.get(0)) + " times). Every "
                    + "occurrence adds its gradient to the row: accumulate (dC[row] += demb[i][j]), do not assign.");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("the batch has repeated characters (so assigning dC instead of accumulating shows)")
    void batchRepeatsCharacters() {
        Forward f = Fixtures.forwardWithAutograd();
        Gradients g = new Gradients();
        ManualBackward.backward(f, g);
        Expect.that(Fixtures.occurrences(f.x()).values().stream().anyMatch(k -> k > 1),
                "the test batch should repeat a character");
        Expect.that(g.dC != null, "dC is null: the last gradient, computed after all the others.");
    }
}
