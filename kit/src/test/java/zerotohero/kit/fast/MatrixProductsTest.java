package zerotohero.kit.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.NativeSettingsExtension;

/** BLAS called directly on Java arrays gives ND4J's products: one matrix, a batch, transposed, added in place. */
@ExtendWith(NativeSettingsExtension.class)
class MatrixProductsTest {

    private static void same(JavaArray actual, INDArray expected, double eps) {
        assertThat(actual.toNd4j(expected.shape()).equalsWithEps(expected, eps)).as(expected.toString()).isTrue();
    }

    @Test
    void productsMatchNd4jInBothTypes() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray a = Nd4j.randn(type, 4, 3);
            INDArray b = Nd4j.randn(type, 3, 5);
            JavaArray c = JavaArray.zeros(type, 20);
            MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(b), c, 1, 4, 5, 3, false, false, true, 0);
            same(c, a.mmul(b), 1e-4);
            MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(b), c, 1, 4, 5, 3, false, false, true, 1);
            same(c, a.mmul(b).muli(2), 1e-4); // beta = 1 adds into what is there
            JavaArray at = JavaArray.zeros(type, 15);
            MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(a.mmul(b)), at, 1, 3, 5, 4, true, false, true, 0);
            same(at, a.transpose().mmul(a.mmul(b)), 1e-4); // Aᵀ·C, A read the other way
            JavaArray bt = JavaArray.zeros(type, 16);
            MatrixProducts.gemm(JavaArray.copyOf(a.mmul(b)), JavaArray.copyOf(a.mmul(b)), bt, 1, 4, 4, 5, false, true,
                    true, 0);
            same(bt, a.mmul(b).mmul(a.mmul(b).transpose()), 1e-3); // C·Cᵀ
        }
    }

    @Test
    void batchesPairwiseOrAgainstOneMatrix() {
        INDArray a = Nd4j.randn(DataType.FLOAT, 3, 4, 5);
        INDArray b = Nd4j.randn(DataType.FLOAT, 3, 5, 2);
        JavaArray c = JavaArray.zeros(DataType.FLOAT, 24);
        MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(b), c, 3, 4, 2, 5, false, false, false, 0);
        same(c, Nd4j.matmul(a, b), 1e-4);
        INDArray w = Nd4j.randn(DataType.FLOAT, 5, 2);
        MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(w), c, 3, 4, 2, 5, false, false, true, 0);
        same(c, a.reshape(12, 5).mmul(w).reshape(3, 4, 2), 1e-4);
    }

    @Test
    void startsFromAnotherArrayWithoutWritingIntoIt() {
        INDArray a = Nd4j.randn(DataType.FLOAT, 4, 3);
        INDArray b = Nd4j.randn(DataType.FLOAT, 3, 5);
        INDArray start = Nd4j.randn(DataType.FLOAT, 4, 5);
        JavaArray addend = JavaArray.copyOf(start);
        JavaArray c = JavaArray.zeros(DataType.FLOAT, 20);
        MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(b), addend, c, 1, 4, 5, 3, false, false, true);
        same(c, a.mmul(b).addi(start), 1e-4);
        same(addend, start, 0); // the addend is read, not written
        MatrixProducts.gemm(JavaArray.copyOf(a), JavaArray.copyOf(b), null, c, 1, 4, 5, 3, false, false, true);
        same(c, a.mmul(b), 1e-4); // no addend: c is written, whatever it held
    }

    @Test
    void refusesArraysThatDoNotFit() {
        JavaArray f = JavaArray.zeros(DataType.FLOAT, 6);
        JavaArray d = JavaArray.zeros(DataType.DOUBLE, 6);
        assertThatThrownBy(() -> MatrixProducts.gemm(f, f, JavaArray.zeros(DataType.FLOAT, 5), 1, 2, 2, 3, false, false,
                true, 0)).hasMessageContaining("do not fit");
        assertThatThrownBy(() -> MatrixProducts.gemm(f, d, f, 1, 2, 3, 3, false, false, true, 0))
                .hasMessageContaining("types differ");
        JavaArray nine = JavaArray.zeros(DataType.FLOAT, 9); // (2, 3) by (3, 3) into (2, 3) fits; only the addend not
        MatrixProducts.gemm(f, nine, f, f, 1, 2, 3, 3, false, false, true);
        assertThatThrownBy(() -> MatrixProducts.gemm(f, nine, JavaArray.zeros(DataType.FLOAT, 4), f, 1, 2, 3, 3, false,
                false, true)).hasMessageContaining("the addend: 4");
        assertThatThrownBy(() -> MatrixProducts.gemm(f, f, d, f, 1, 2, 3, 3, false, false, true))
                .hasMessageContaining("types differ");
        assertThatThrownBy(() -> MatrixProducts.gemm(f, f, f, 1, 2, 3, 3, false, false, true, 0.5))
                .hasMessageContaining("beta is 0");
    }
}
