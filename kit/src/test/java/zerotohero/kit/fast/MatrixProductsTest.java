package zerotohero.kit.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import zerotohero.kit.NativeSettingsExtension;

/** BLAS called directly gives ND4J's products, in place or into new arrays, one matrix or a batch. */
@ExtendWith(NativeSettingsExtension.class)
class MatrixProductsTest {

    @Test
    void batchedProductsMatchNd4j() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray a = Nd4j.randn(type, 3, 4, 5);
            INDArray b = Nd4j.randn(type, 3, 5, 2);
            INDArray c = Nd4j.createUninitialized(type, 3, 4, 2);
            MatrixProducts.batchedGemm(a, b, c, false, false, 0.0);
            assertThat(c.equalsWithEps(Nd4j.matmul(a, b), 1e-4)).as(type.toString()).isTrue();
            INDArray ct = Nd4j.zeros(type, 3, 5, 2);
            MatrixProducts.batchedGemm(a, c, ct, true, false, 1.0); // Aᵀ·C added into zeros
            assertThat(ct.equalsWithEps(Nd4j.matmul(a, c, true, false, false), 1e-4)).isTrue();
        }
        INDArray m = Nd4j.randn(DataType.FLOAT, 4, 6);
        INDArray view = m.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 4)); // not contiguous: copied first
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, 4, 4);
        MatrixProducts.gemm(view, view, out, false, true, 1.0, 0.0);
        assertThat(out.equalsWithEps(view.mmul(view.transpose()), 1e-4)).isTrue();
        assertThatThrownBy(() -> MatrixProducts.gemm(m, m.transpose(), out.transpose(), false, false, 1, 0))
                .hasMessageContaining("contiguous");
    }

    @Test
    void namedProductsAddIntoGradientsInPlace() {
        INDArray a = Nd4j.randn(DataType.DOUBLE, 4, 3);
        INDArray b = Nd4j.randn(DataType.DOUBLE, 3, 5);
        INDArray c = MatrixProducts.multiply(a, b, false, false);
        assertThat(c.equalsWithEps(a.mmul(b), 1e-12)).isTrue();
        MatrixProducts.addProduct(c, a, b, false, false);
        assertThat(c.equalsWithEps(a.mmul(b).muli(2), 1e-12)).isTrue();
        INDArray batchA = Nd4j.randn(DataType.DOUBLE, 2, 4, 3);
        INDArray batchB = Nd4j.randn(DataType.DOUBLE, 2, 3, 5);
        INDArray y = MatrixProducts.multiplyEach(batchA, batchB);
        assertThat(y.equalsWithEps(Nd4j.matmul(batchA, batchB), 1e-12)).isTrue();
        MatrixProducts.addProductOfEach(y, batchA, batchB, false, false);
        assertThat(y.equalsWithEps(Nd4j.matmul(batchA, batchB).muli(2), 1e-12)).isTrue();
        INDArray view = Nd4j.randn(DataType.DOUBLE, 4, 6).get(NDArrayIndex.all(), NDArrayIndex.interval(1, 4));
        assertThat(MatrixProducts.plain(view)).isNotSameAs(view);
        assertThat(MatrixProducts.plain(a)).isSameAs(a);
    }
}
