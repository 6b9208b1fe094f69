package zerotohero.bigram;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("04.3")
@DisplayName("04.3 probabilities: normalise the rows, smooth the zeros")
class ProbabilitiesTest {

    private static final String COLUMNS = "Divide each ROW by its own sum (sum over dim 1, keepdim = true, shape "
            + "(27, 1)). Dividing by column sums, or by row sums without keepdim (shape (27), which broadcasts "
            + "as a row), normalises the columns instead.";

    @Test
    @DisplayName("a 2×2 example by hand: [[1, 3], [2, 2]] → [[0.25, 0.75], [0.5, 0.5]]")
    void byHand() {
        double[][] p = BigramModel.normalizeRows(new int[][] {{1, 3}, {2, 2}}, 0);
        Expect.close("P[0][0]", p[0][0], 0.25, 1e-12, COLUMNS);
        Expect.close("P[0][1]", p[0][1], 0.75, 1e-12, COLUMNS);
        Expect.close("P[1][0]", p[1][0], 0.5, 1e-12, COLUMNS);
        Expect.close("P[1][1]", p[1][1], 0.5, 1e-12, COLUMNS);
    }

    @Test
    @DisplayName("smoothing adds k to every count before normalising: [[1, 3], [0, 2]] with k = 1")
    void smoothingByHand() {
        double[][] p = BigramModel.normalizeRows(new int[][] {{1, 3}, {0, 2}}, 1);
        Expect.close("P[0][0]", p[0][0], 2.0 / 6, 1e-12, "(1 + 1) / ((1 + 1) + (3 + 1)).");
        Expect.close("P[1][0]", p[1][0], 1.0 / 4, 1e-12,
                "an unseen pair gets (0 + k) / (row sum + k · columns): small, but not zero.");
    }

    @Test
    @DisplayName("every row of P (names.txt) sums to 1, with and without smoothing")
    void rowsSumToOne() {
        for (double k : new double[] {0, 1}) {
            double[][] p = BigramModel.normalizeRows(CountsFixture.counts(), k);
            for (int i = 0; i < 27; i++) {
                double sum = 0;
                for (double v : p[i]) {
                    sum += v;
                }
                Expect.close("sum of row " + Names.SYMBOLS.charAt(i) + " with smoothing " + k, sum, 1.0, 1e-12,
                        COLUMNS);
            }
        }
    }

    @Test
    @DisplayName("P[.][a] = 4410/32033 without smoothing, 4411/32060 with +1")
    void knownValues() {
        int a = Names.id('a');
        Expect.close("P[.][a], no smoothing", BigramModel.normalizeRows(CountsFixture.counts(), 0)[0][a],
                4410.0 / 32033, 1e-12, COLUMNS);
        Expect.close("P[.][a], +1 smoothing", BigramModel.normalizeRows(CountsFixture.counts(), 1)[0][a],
                4411.0 / 32060, 1e-12, "add k to each of the 27 counts of the row, so the row sum grows by 27·k.");
        BigramModel model = BigramModel.fromCounts(Names.vocab(), CountsFixture.counts(), 1);
        Expect.close("fromCounts(…, 1).probability('.', 'a')", model.probability('.', 'a'), 4411.0 / 32060, 1e-12,
                "fromCounts builds the model from normalizeRows(counts, smoothing).");
        Expect.equal("fromCounts(vocab, …).vocab()", model.vocab(), Names.vocab(), "the model keeps the vocab it is given.");
        Expect.close("fromCounts(…, 1).probabilities()[.][a], the table itself", model.probabilities()[0][a],
                4411.0 / 32060, 1e-12, "probabilities() is the normalised table the model was built with.");
    }

    @Test
    @DisplayName("without smoothing unseen pairs are exactly 0 (e.g. jq); with +1 nothing is 0")
    void zeros() {
        int j = Names.id('j');
        int q = Names.id('q');
        Expect.equal("N[j][q] in names.txt", CountsFixture.counts()[j][q], 0, "");
        Expect.close("P[j][q] without smoothing", BigramModel.normalizeRows(CountsFixture.counts(), 0)[j][q], 0.0,
                0, "no smoothing means an unseen pair has probability exactly 0.");
        double[][] smooth = BigramModel.normalizeRows(CountsFixture.counts(), 1);
        for (int r = 0; r < 27; r++) {
            for (int c = 0; c < 27; c++) {
                Expect.that(smooth[r][c] > 0, "with +1 smoothing P[" + r + "][" + c + "] must be positive, got "
                        + smooth[r][c]);
            }
        }
    }

    @Test
    @DisplayName("a negative smoothing is refused")
    void negativeSmoothing() {
        Expect.close("normalizeRows([[1]], 0)", BigramModel.normalizeRows(new int[][] {{1}}, 0)[0][0], 1.0, 1e-12,
                "a row with a single count normalises to 1.");
        assertThatThrownBy(() -> BigramModel.normalizeRows(new int[][] {{1}}, -1))
                .as("normalizeRows with smoothing -1").isInstanceOf(IllegalArgumentException.class);
    }
}
