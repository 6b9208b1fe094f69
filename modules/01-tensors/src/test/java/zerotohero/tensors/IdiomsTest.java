package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("01.6")
@DisplayName("01.6 INDArray idioms: normalise rows, stable softmax, one-hot, pairwise distances")
class IdiomsTest {

    @Test
    @DisplayName("normalizeRows: every row of a square count matrix sums to 1, each entry its share of its row")
    void normalizeRows() {
        INDArray counts = Nd4j.create(new float[][] {{1, 3, 0}, {2, 2, 4}, {0, 0, 5}});
        INDArray original = counts.dup();

        INDArray p = Idioms.normalizeRows(counts);

        INDArray rowSums = p.sum(1);
        for (int i = 0; i < 3; i++) {
            Expect.close("sum of row " + i, rowSums.getDouble(i), 1, 1e-6,
                    "the sums must keep their dimension (keepdim, shape (n,1)) to divide rows; "
                            + "a (n) vector broadcasts as a row and divides the columns instead.");
        }
        Expect.close("p[0][1]", p.getDouble(0, 1), 0.75, 1e-6, "");
        Expect.close("p[1][2]", p.getDouble(1, 2), 0.5, 1e-6, "");
        assertThat(counts).as("the input is left unchanged").isEqualTo(original);
    }

    @Test
    @DisplayName("softmax: rows sum to 1, equal to exp(x)/Σexp(x), and logits of 1000 do not overflow")
    void softmax() {
        INDArray logits = Nd4j.create(new double[][] {{1, 2, 3}, {0, 0, 0}, {-1, 5, 2}});
        INDArray s = Idioms.softmax(logits);
        for (int i = 0; i < 3; i++) {
            double denom = 0;
            for (int j = 0; j < 3; j++) {
                denom += Math.exp(logits.getDouble(i, j));
            }
            for (int j = 0; j < 3; j++) {
                Expect.close("softmax[" + i + "][" + j + "]", s.getDouble(i, j), Math.exp(logits.getDouble(i, j)) / denom,
                        1e-12, "softmax is taken along each row (dimension 1).");
            }
        }

        INDArray big = Nd4j.create(new float[][] {{1000, 1000, 999}, {-1000, 0, 1000}});
        INDArray sb = Idioms.softmax(big);
        Expect.that(!sb.isNaN().any() && !sb.isInfinite().any(),
                "softmax of logits near 1000 gave NaN or ∞: exp(1000) overflows; subtract each row's maximum first.");
        Expect.close("softmax of (1000, 1000, 999), first entry", sb.getDouble(0, 0),
                1 / (2 + Math.exp(-1)), 1e-6, "");
        Expect.close("softmax of (-1000, 0, 1000), last entry", sb.getDouble(1, 2), 1, 1e-6, "");
    }

    @Test
    @DisplayName("oneHot: a 1 in each row at the index, floats, and a clear error for an index out of range")
    void oneHot() {
        INDArray h = Idioms.oneHot(new int[] {2, 0, 2}, 4);
        assertThat(h.shape()).containsExactly(3, 4);
        assertThat(h.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(h.toFloatMatrix()).isEqualTo(new float[][] {{0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}});
        assertThatThrownBy(() -> Idioms.oneHot(new int[] {1, 4}, 4)).isInstanceOf(IllegalArgumentException.class)
                .as("index 4 is outside the 4 classes [0, 4): the message names the index and its position")
                .hasMessageContaining("4").hasMessageContaining("position 1");
    }

    @Test
    @DisplayName("pairwiseDistances: n × m Euclidean distances, equal to a double loop")
    void pairwiseDistances() {
        Random rng = new Random(6);
        double[][] a = new double[5][3];
        double[][] b = new double[4][3];
        for (double[] row : a) {
            for (int k = 0; k < 3; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        for (double[] row : b) {
            for (int k = 0; k < 3; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        INDArray d = Idioms.pairwiseDistances(Nd4j.create(a), Nd4j.create(b));
        assertThat(d.shape()).as("shape of the distances between 5 and 4 points").containsExactly(5, 4);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                double sq = 0;
                for (int k = 0; k < 3; k++) {
                    sq += (a[i][k] - b[j][k]) * (a[i][k] - b[j][k]);
                }
                Expect.close("distance " + i + "→" + j, d.getDouble(i, j), Math.sqrt(sq), 1e-9, "");
            }
        }
        assertThatThrownBy(() -> Idioms.pairwiseDistances(Nd4j.create(a), Nd4j.create(new double[2][2])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
