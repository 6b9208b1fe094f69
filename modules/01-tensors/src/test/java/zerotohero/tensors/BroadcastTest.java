package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;

@Exercise("01.1")
@DisplayName("01.1 broadcasting: the result shape, or a clear error")
class BroadcastTest {

    @Test
    @DisplayName("(4,3,2) with (3,2) gives (4,3,2); a missing dimension counts as 1")
    void alignsOnTheRight() {
        assertThat(Broadcast.resultShape(new long[] {4, 3, 2}, new long[] {3, 2})).containsExactly(4, 3, 2);
        assertThat(Broadcast.resultShape(new long[] {3, 1}, new long[] {1, 4}))
                .as("(3,1) with (1,4): a size of 1 stretches, the result takes the larger size of each pair")
                .containsExactly(3, 4);
        assertThat(Broadcast.resultShape(new long[] {5}, new long[] {})).as("(5) with a scalar ()").containsExactly(5);
        assertThat(Broadcast.resultShape(new long[] {2, 1, 7}, new long[] {6, 1})).as("(2,1,7) with (6,1)")
                .containsExactly(2, 6, 7);
    }

    @Test
    @DisplayName("(4,3,2) with (2,2) is an error naming both shapes and the sizes 3 vs 2")
    void incompatibleTrailing() {
        assertThatThrownBy(() -> Broadcast.resultShape(new long[] {4, 3, 2}, new long[] {2, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[4, 3, 2]")
                .hasMessageContaining("[2, 2]")
                .hasMessageContaining("3 vs 2")
                .as("the clash is in dimension 1 of the (4, 3, 2) result, counted from the left")
                .hasMessageContaining("dimension 1");
    }

    @Test
    @DisplayName("(4,3,2) with (1,6,2) is an error too: 3 vs 6 (a 1 elsewhere does not help)")
    void incompatibleMiddle() {
        assertThatThrownBy(() -> Broadcast.resultShape(new long[] {4, 3, 2}, new long[] {1, 6, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[4, 3, 2]")
                .hasMessageContaining("[1, 6, 2]")
                .hasMessageContaining("3 vs 6");
    }

    @Test
    @DisplayName("a table of cases, as NumPy and PyTorch broadcast them")
    void table() {
        long[][][] cases = {
            {{2, 1}, {3}, {2, 3}},
            {{1, 3, 1, 1}, {3}, {1, 3, 1, 3}},
            {{8, 1, 6, 1}, {7, 1, 5}, {8, 7, 6, 5}},
            {{5, 4}, {1}, {5, 4}},
            {{15, 3, 5}, {15, 1, 5}, {15, 3, 5}},
            {{1}, {1}, {1}},
            {{}, {}, {}},
            {{27, 27}, {27, 1}, {27, 27}},
        };
        for (long[][] c : cases) {
            assertThat(Broadcast.resultShape(c[0], c[1])).as("%s with %s", Arrays.toString(c[0]), Arrays.toString(c[1]))
                    .containsExactly(c[2]);
            assertThat(Broadcast.resultShape(c[1], c[0])).as("%s with %s (the rules are symmetric)",
                    Arrays.toString(c[1]), Arrays.toString(c[0])).containsExactly(c[2]);
        }
    }

    @Test
    @DisplayName("agrees with ND4J's element-wise add on 500 random pairs: the same shape where ND4J adds, "
            + "an error where ND4J refuses")
    void agreesWithNd4j() {
        Random rng = new Random(1);
        int added = 0;
        int refused = 0;
        for (int trial = 0; trial < 500; trial++) {
            long[] a = randomShape(rng);
            long[] b = randomShape(rng);
            // ND4J's add writes into an array of its first operand's shape, so it is asked only about pairs
            // where that operand is at least as large in every dimension (it mishandles the others).
            long[] big = covers(a, b) ? a : covers(b, a) ? b : null;
            if (big == null) {
                continue;
            }
            long[] small = big == a ? b : a;
            String pair = Arrays.toString(a) + " with " + Arrays.toString(b);
            long[] nd4j;
            try {
                nd4j = Nd4j.zeros(DataType.FLOAT, big).add(Nd4j.zeros(DataType.FLOAT, small)).shape();
            } catch (RuntimeException e) {
                nd4j = null;
            }
            if (nd4j != null) {
                added++;
                assertThat(Broadcast.resultShape(a, b)).as(pair).containsExactly(nd4j);
            } else {
                refused++;
                assertThatThrownBy(() -> Broadcast.resultShape(a, b)).as(pair + " (ND4J refuses to add them)")
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(added).as("pairs ND4J added").isGreaterThan(50);
        assertThat(refused).as("pairs ND4J refused").isGreaterThan(20);
    }

    /** Whether {@code a} has at least the rank of {@code b} and at least its size in each aligned dimension. */
    private static boolean covers(long[] a, long[] b) {
        if (a.length < b.length) {
            return false;
        }
        for (int i = 1; i <= b.length; i++) {
            if (a[a.length - i] < b[b.length - i]) {
                return false;
            }
        }
        return true;
    }

    private static long[] randomShape(Random rng) {
        long[] shape = new long[1 + rng.nextInt(4)];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = rng.nextInt(3) == 0 ? 1 : 1 + rng.nextInt(3);
        }
        return shape;
    }
}
