package zerotohero.kit.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * {@link JavaArray#moveRuns}, which every op that moves numbers goes through, and
 * {@link JavaArray#transposeMatrices}, which a transpose of the last two dimensions takes, for each pair of types.
 */
class MoveRunsTest {

    private static JavaArray of(DataType type, double... values) {
        JavaArray a = JavaArray.zeros(type, values.length);
        for (int i = 0; i < values.length; i++) {
            a.set(i, values[i]);
        }
        return a;
    }

    private static double[] numbers(JavaArray a) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i);
        }
        return out;
    }

    @Test
    void copiesAndAddsRunsBetweenAnyStartsForEveryPairOfTypes() {
        DataType[] types = {DataType.FLOAT, DataType.DOUBLE};
        for (DataType from : types) {
            for (DataType to : types) {
                String pair = from + " → " + to;
                JavaArray src = of(from, 1, 2, 3, 4, 5, 6);
                JavaArray dst = of(to, 10, 20, 30, 40, 50, 60);
                JavaArray.moveRuns(src, new int[] {4, 0}, dst, null, 2, 2, false); // gather: runs [5, 6], [1, 2]
                assertThat(numbers(dst)).as(pair).containsExactly(5, 6, 1, 2, 50, 60);
                JavaArray.moveRuns(src, null, dst, new int[] {3, 0}, 2, 1, true); // scatter-add 1 → [3], 2 → [0]
                assertThat(numbers(dst)).as(pair).containsExactly(7, 6, 1, 3, 50, 60);
                JavaArray.moveRuns(src, null, dst, null, 1, 6, true); // the whole array added
                assertThat(numbers(dst)).as(pair).containsExactly(8, 8, 4, 7, 55, 66);
                JavaArray.moveRuns(src, new int[] {5, 5}, dst, new int[] {0, 1}, 2, 1, false); // single numbers
                assertThat(numbers(dst)).as(pair).containsExactly(6, 6, 4, 7, 55, 66);
            }
        }
    }

    @Test
    void aNegativeZeroIsCopiedAsItIs() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            JavaArray dst = of(type, 1);
            JavaArray.moveRuns(of(DataType.DOUBLE, -0.0), null, dst, null, 1, 1, false);
            assertThat(1 / dst.get(0)).as(type.toString()).isNegative();
        }
    }

    @Test
    void transposesABatchOfMatricesLargerThanATileAndAddsTheTransposeBack() {
        int batch = 3;
        int rows = 19; // more than one 16 × 16 tile each way, and not a multiple of it
        int cols = 17;
        DataType[] types = {DataType.FLOAT, DataType.DOUBLE};
        for (DataType from : types) {
            for (DataType to : types) {
                String pair = from + " → " + to;
                JavaArray src = JavaArray.zeros(from, batch * rows * cols);
                for (int i = 0; i < src.length; i++) {
                    src.set(i, i);
                }
                JavaArray t = JavaArray.zeros(to, src.length);
                JavaArray.transposeMatrices(src, t, batch, rows, cols, false);
                for (int b = 0; b < batch; b++) {
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < cols; c++) {
                            assertThat(t.get((b * cols + c) * rows + r)).as(pair + " [%d][%d][%d]", b, c, r)
                                    .isEqualTo(src.get((b * rows + r) * cols + c));
                        }
                    }
                }
                JavaArray sum = of(from, new double[src.length]);
                for (int i = 0; i < sum.length; i++) {
                    sum.set(i, 1);
                }
                JavaArray.transposeMatrices(t, sum, batch, cols, rows, true); // back, added: 1 + the original
                for (int i = 0; i < sum.length; i++) {
                    assertThat(sum.get(i)).as(pair + " element %d", i).isEqualTo(1 + src.get(i));
                }
            }
        }
    }

    @Test
    void aTransposeOfMatricesThatDoNotFitTheArraysIsRefused() {
        JavaArray a = JavaArray.zeros(DataType.FLOAT, 6);
        assertThatThrownBy(() -> JavaArray.transposeMatrices(a, a, 2, 2, 2, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(2, 2)");
    }
}
