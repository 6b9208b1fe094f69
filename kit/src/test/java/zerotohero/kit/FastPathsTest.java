package zerotohero.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The loops written for speed, held to what they replace: reductions over every set of dimensions against
 * ND4J's, the float64 tanh against {@code Math.tanh}, and ReLU at its edges.
 */
@ExtendWith(NativeSettingsExtension.class)
class FastPathsTest {

    @BeforeEach
    void seed() {
        Tensor.manualSeed(11);
    }

    private static final int[][] DIMS = {{0}, {1}, {2}, {0, 1}, {1, 2}, {0, 2}, {0, 1, 2}, {2, 0}};

    @Test
    void sumsAndVariancesOverAnyDimensionsAgreeWithNd4j() {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            INDArray x = Nd4j.randn(type, 3, 4, 5);
            double tolerance = type == DataType.DOUBLE ? 1e-12 : 1e-5;
            for (int[] dims : DIMS) {
                String what = type + " over " + java.util.Arrays.toString(dims);
                close(what + ": sum", Tensor.of(x).sum(dims, false).data(), x.sum(dims), tolerance);
                close(what + ": mean", Tensor.of(x).mean(dims, false).data(), x.mean(dims), tolerance);
                close(what + ": unbiased var", Tensor.of(x).var(dims, false, true).data(), x.var(true, dims), tolerance);
                close(what + ": biased var", Tensor.of(x).var(dims, false, false).data(), x.var(false, dims), tolerance);
            }
        }
    }

    @Test
    void aSumAddsInOrderSoAFloatSumIsTheDoubleSumRounded() {
        // 1 + 2⁻³⁰ + ... : adding in a float would lose every small term; the sum runs in double.
        double[] values = new double[1001];
        values[0] = 1;
        java.util.Arrays.fill(values, 1, values.length, 0x1p-30);
        Tensor row = Tensor.of(Nd4j.createFromArray(values).castTo(DataType.FLOAT).reshape(1, values.length));
        assertThat(row.sum(1, false).item()).isEqualTo((double) (float) (1 + 1000 * 0x1p-30));
        Tensor column = Tensor.of(Nd4j.createFromArray(values).castTo(DataType.FLOAT).reshape(values.length, 1));
        assertThat(column.sum(0, false).item()).isEqualTo((double) (float) (1 + 1000 * 0x1p-30));
    }

    @Test
    void float64TanhIsWithinThreeUnitsInTheLastPlaceOfMathTanh() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 3) {
                case 0 -> random.nextGaussian() * 4;
                case 1 -> random.nextGaussian() * 1e-4;
                default -> (random.nextDouble() - 0.5) * 1.3; // around the switch at |x| = 0.625
            };
            double exact = Math.tanh(x);
            assertThat(Pointwise.tanh(x)).as("tanh(%s)", x).isCloseTo(exact, within(3 * Math.ulp(exact)));
        }
        assertThat(Pointwise.tanh(0.625)).isCloseTo(Math.tanh(0.625), within(3 * Math.ulp(0.55)));
        assertThat(Pointwise.tanh(-0.0)).isEqualTo(-0.0);
        assertThat(Pointwise.tanh(30)).isEqualTo(1.0);
        assertThat(Pointwise.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Pointwise.tanh(Double.NaN)).isNaN();
        assertThat(Pointwise.tanh(1e-300)).isEqualTo(1e-300);
    }

    @Test
    void reluPassesTheGradientOfEveryPositiveInputAndNoneAtZero() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            double tiny = type == DataType.FLOAT ? Float.MIN_VALUE : Double.MIN_VALUE;
            double huge = type == DataType.FLOAT ? Float.MAX_VALUE : Double.MAX_VALUE;
            Tensor x = Tensor.of(Nd4j.createFromArray(new double[] {-2, -0.0, 0, tiny, 1.5, huge}).castTo(type))
                    .requireGrad();
            Tensor y = x.relu();
            assertThat(y.data().toDoubleVector()).as(type.toString()).containsExactly(0, 0, 0, tiny, 1.5, huge);
            y.backward(Nd4j.createFromArray(new double[] {3, 3, 3, 3, 3, 3}).castTo(type));
            assertThat(x.grad().toDoubleVector()).as(type.toString()).containsExactly(0, 0, 0, 3, 3, 3);
            assertThat(Tensor.of(Nd4j.createFromArray(Double.NaN).castTo(type)).relu().item())
                    .as("NaN stays NaN, as in PyTorch").isNaN();
        }
    }

    @Test
    void aTensorOfJavaNumbersHoldsACopyInItsShapeAndType() {
        double[] values = {1, 2, 3, 4, 5, 6.25};
        Tensor t = Tensor.of(DataType.DOUBLE, values, 2, 3);
        values[0] = 99;
        assertThat(t.shape()).containsExactly(2, 3);
        assertThat(t.type()).isEqualTo(DataType.DOUBLE);
        assertThat(t.data().toDoubleMatrix()).isEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6.25}});
        assertThat(Tensor.of(DataType.FLOAT, new double[] {0.1}, 1).data().getFloat(0)).isEqualTo(0.1f);
        assertThat(Tensor.of(DataType.DOUBLE, new double[] {7}).item()).as("no sizes: a scalar").isEqualTo(7);
        assertThatThrownBy(() -> Tensor.of(DataType.DOUBLE, new double[5], 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 numbers cannot have shape [2, 3]");
        assertThatThrownBy(() -> Tensor.of(DataType.INT, new double[1], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INT");
    }

    private static void close(String what, INDArray actual, INDArray expected, double tolerance) {
        double[] a = actual.castTo(DataType.DOUBLE).reshape(-1).toDoubleVector();
        double[] e = expected.castTo(DataType.DOUBLE).reshape(-1).toDoubleVector();
        assertThat(a).as(what).hasSize(e.length);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("%s [%d]", what, i).isCloseTo(e[i], within(tolerance * Math.max(1, Math.abs(e[i]))));
        }
    }

    /** Gradients of views and sums are passed on as one array, shared until someone adds into one of them. */
    @Test
    void aGradientPassedOnUnchangedIsCopiedBeforeAnythingIsAddedIntoIt() {
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}}).requireGrad();
        Tensor y = a.view(4);                 // y's gradient reaches a whole, with no copy...
        Tensor z = y.view(2, 2).add(a).mul(Tensor.of(new double[][] {{1, 10}, {100, 1000}}));
        z.sum().backward();
        // ...and a's other use adds into a's gradient, which must not change y's
        assertThat(a.grad().toDoubleMatrix()).isEqualTo(new double[][] {{2, 20}, {200, 2000}});
        assertThat(y.grad().toDoubleVector()).containsExactly(1, 10, 100, 1000);

        Tensor b = Tensor.of(1, 2).requireGrad();
        Tensor s = b.add(b);                  // both operands are b: 2 · ds
        Tensor twice = s.add(1).mul(3);
        twice.sum().backward();
        assertThat(b.grad().toDoubleVector()).containsExactly(6, 6);
        assertThat(s.grad().toDoubleVector()).containsExactly(3, 3);

        InPlace.scaleGrad(b, 10);             // writing into a leaf's gradient leaves the graph's alone
        assertThat(b.grad().toDoubleVector()).containsExactly(60, 60);
        assertThat(s.grad().toDoubleVector()).containsExactly(3, 3);

        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}}).requireGrad();
        Tensor h = x.mul(2);
        Tensor sum = h.add(h.matmul(Tensor.of(new double[][] {{1, 0}, {0, 2}})));
        sum.sum().backward();                 // h's gradient starts as sum's, then a matrix product adds into it
        assertThat(h.grad().toDoubleMatrix()).isEqualTo(new double[][] {{2, 3}, {2, 3}});
        assertThat(sum.grad().toDoubleMatrix()).isEqualTo(new double[][] {{1, 1}, {1, 1}});

        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) { // a layer norm too (float32's
            Tensor in = Tensor.of(new double[][] {{1, 2, 4}, {3, 0, 1}}).to(type).requireGrad(); // own kernel)
            Tensor normed = in.mul(2);
            Tensor residual = normed.add(normed.normalize(new int[] {-1}, Tensor.of(1, 2, 3).to(type),
                    Tensor.zeros(3).to(type), 1e-5));
            residual.sum().backward();
            assertThat(residual.grad().toDoubleMatrix()).as(type.toString())
                    .isEqualTo(new double[][] {{1, 1, 1}, {1, 1, 1}});
            double[] row = normed.grad().toDoubleMatrix()[0];
            assertThat(row[0] + row[1] + row[2]).as(type.toString()).isCloseTo(3, within(1e-5)); // Σ dx of a norm = 0
            assertThat(row[1]).as(type.toString()).isNotCloseTo(1, within(1e-3));
        }

        Tensor c = Tensor.of(5, 7).requireGrad(); // a leaf accumulates across passes, from a shared start
        Tensor d = c.sub(Tensor.of(1, 1));
        d.view(1, 2).sum().backward();
        d.view(1, 2).sum().backward();
        assertThat(c.grad().toDoubleVector()).containsExactly(2, 2);
    }
}
