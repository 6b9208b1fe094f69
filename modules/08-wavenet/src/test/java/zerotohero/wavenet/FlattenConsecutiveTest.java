package zerotohero.wavenet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("08.2")
@DisplayName("08.2 FlattenConsecutive: neighbouring positions side by side")
class FlattenConsecutiveTest {

    /** Element [b][t][c] of the input is 100·b + 10·t + c. */
    private static final Tensor X = Fixtures.labelled(2, 8, 3);

    @Test
    @Timeout(60)
    @DisplayName("(2, 8, 3) by 2 gives (2, 4, 6), positions 2j and 2j+1 side by side")
    void pairsNeighbours() {
        Tensor y = new FlattenConsecutive(2).forward(X);
        Expect.equal("shape", Fixtures.shape(y), "[2, 4, 6]", "(B, T, C) becomes (B, T/n, C·n).");
        double[] v = Fixtures.values(y);
        for (int b = 0; b < 2; b++) {
            for (int j = 0; j < 4; j++) {
                double[] row = java.util.Arrays.copyOfRange(v, (b * 4 + j) * 6, (b * 4 + j) * 6 + 6);
                double[] want = new double[6];
                for (int k = 0; k < 6; k++) {
                    want[k] = 100 * b + 10 * (2 * j + k / 3) + k % 3;
                }
                if (!java.util.Arrays.equals(row, want)) {
                    Expect.that(false, "y[" + b + "][" + j + "] should be position " + 2 * j + "'s three channels "
                            + "followed by position " + (2 * j + 1) + "'s " + java.util.Arrays.toString(want)
                            + " (each number is 100·b + 10·t + c), but was " + java.util.Arrays.toString(row) + ". "
                            + diagnose(row, b, j));
                }
            }
        }
    }

    private static String diagnose(double[] row, int b, int j) {
        if (row[1] == 100 * b + 10 * (2 * j + 1)) {
            return "The two positions' channels are interleaved (c0 of one, c0 of the other, c1, ...): that comes "
                    + "from permuting channels and positions before the view. Neighbours must be concatenated: "
                    + "in row-major order they already are, so a plain view(B, T/n, C·n) is all it takes.";
        }
        if (row[3] != 100 * b + 10 * (2 * j + 1)) {
            return "The second half does not come from the neighbour t+1: it pairs positions that are not next to "
                    + "each other (e.g. t and t + T/2). The tree fuses neighbours: 1 with 2, 3 with 4, ...";
        }
        return "";
    }

    @Test
    @Timeout(60)
    @DisplayName("a middle dimension of 1 is dropped: (2, 8, 3) by 8 gives (2, 24), (2, 2, 3) by 2 gives (2, 6)")
    void squeezes() {
        Tensor all = new FlattenConsecutive(8).forward(X);
        Expect.equal("shape by 8", Fixtures.shape(all), "[2, 24]",
                "when one position is left, return (B, C·n): the last Linear expects a matrix.");
        Expect.close("all[1][23]", Fixtures.values(all)[47], 100 + 70 + 2, 1e-9, "the whole context, oldest first.");
        Tensor pair = new FlattenConsecutive(2).forward(Fixtures.labelled(2, 2, 3));
        Expect.equal("shape of (2, 2, 3) by 2", Fixtures.shape(pair), "[2, 6]", "");
        Tensor four = new FlattenConsecutive(4).forward(X);
        Expect.equal("shape by 4", Fixtures.shape(four), "[2, 2, 12]", "a middle dimension above 1 stays.");
        Expect.equal("shape by 1", Fixtures.shape(new FlattenConsecutive(1).forward(X)), "[2, 8, 3]",
                "n = 1 flattens nothing: (B, T, C) stays (B, T, C).");
    }

    @Test
    @Timeout(60)
    @DisplayName("a T that n does not divide is a clear error; gradients flow back through the view")
    void errorsAndGradient() {
        assertThatThrownBy(() -> new FlattenConsecutive(3).forward(X))
                .as("8 positions do not split into groups of 3")
                .isInstanceOf(IllegalArgumentException.class);
        Tensor x = Fixtures.labelled(2, 4, 3).requireGrad();
        new FlattenConsecutive(2).forward(x).sum().backward();
        Expect.that(x.grad() != null, "the output must be in x's graph: use view, not a copy of the numbers.");
        Expect.close("grad of x[1][3][2]", x.grad().getDouble(1, 3, 2), 1, 1e-9, "");
    }
}
