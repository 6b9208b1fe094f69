package zerotohero.kit;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import zerotohero.kit.fast.MatrixProducts;

/**
 * The matrix product, y = a @ b. Its local derivatives are products too: dA = dY @ Bᵀ and dB = Aᵀ @ dY,
 * which {@code Gradient.addProduct} adds straight into the inputs' gradients.
 *
 * <p>Three layouts: (n, k) @ (k, m) gives (n, m); a batch of matrices (..., n, k) times one matrix (k, m)
 * applies it to every row (how Linear sees a (B, T, C) input); two batches with the same leading
 * dimensions multiply pairwise (attention's queries times keys).
 */
final class MatMul {

    private MatMul() {}

    static Tensor matmul(Tensor a, Tensor b) {
        Tensor.checkSameType("matmul", a, b);
        long[] as = a.shape();
        long[] bs = b.shape();
        if (as.length < 2 || bs.length < 2 || as[as.length - 1] != bs[bs.length - 2]) {
            throw new IllegalArgumentException("matmul: cannot multiply " + Shapes.str(as) + " by "
                    + Shapes.str(bs) + (as.length < 2 || bs.length < 2 ? " (both need at least 2 dimensions)"
                    : ": inner sizes " + as[as.length - 1] + " and " + bs[bs.length - 2] + " differ"));
        }
        if (bs.length == 2) {
            return byMatrix(a, b);
        }
        if (!Arrays.equals(Arrays.copyOf(as, as.length - 2), Arrays.copyOf(bs, bs.length - 2))) {
            throw new IllegalArgumentException("matmul: batch dimensions of " + Shapes.str(as) + " and "
                    + Shapes.str(bs) + " differ");
        }
        // One product per matrix of the batch, on row-major copies of the operands (kept for backward).
        INDArray a3 = MatrixProducts.plain(a.data());
        INDArray b3 = MatrixProducts.plain(b.data());
        INDArray y = MatrixProducts.multiplyEach(a3, b3);
        return Tensor.result(y, "matmul", node -> {
            INDArray g = MatrixProducts.plain(node.grad());
            if (a.requiresGrad()) {
                a.gradient().addProductOfEach(g, b3, false, true); // dA += dY @ Bᵀ
            }
            if (b.requiresGrad()) {
                b.gradient().addProductOfEach(a3, g, true, false); // dB += Aᵀ @ dY
            }
        }, a, b);
    }

    /** (..., k) @ (k, m): leading dimensions flatten into rows, so one product does it all. */
    private static Tensor byMatrix(Tensor a, Tensor b) {
        long[] as = a.shape();
        long k = as[as.length - 1];
        long m = b.size(1);
        INDArray a2 = a.data().reshape('c', -1, k);
        long[] outShape = as.clone();
        outShape[as.length - 1] = m;
        INDArray y = MatrixProducts.multiply(a2, b.data(), false, false).reshape('c', outShape);
        return Tensor.result(y, "matmul", node -> {
            INDArray g2 = node.grad().reshape('c', -1, m);
            if (a.requiresGrad()) {
                a.gradient().addProduct(g2, b.data(), false, true); // dA += dY @ Bᵀ
            }
            if (b.requiresGrad()) {
                b.gradient().addProduct(a2, g2, true, false);       // dB += Aᵀ @ dY
            }
        }, a, b);
    }
}
