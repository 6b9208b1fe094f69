package zerotohero.kit;

import java.util.Arrays;
import zerotohero.kit.fast.JavaArray;
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
        // One product per matrix of the batch.
        int n = (int) as[as.length - 2];
        int k = (int) as[as.length - 1];
        int m = (int) bs[bs.length - 1];
        int batch = (int) (Shapes.length(as) / ((long) n * k));
        long[] outShape = as.clone();
        outShape[as.length - 1] = m;
        JavaArray x = a.numbers();
        JavaArray w = b.numbers();
        JavaArray y = JavaArray.zeros(a.type(), Shapes.length(outShape));
        MatrixProducts.gemm(x, w, y, batch, n, m, k, false, false, false, 0);
        return Tensor.result(y, outShape, "matmul", node -> {
            JavaArray g = node.gradient().values();
            if (a.requiresGrad()) {
                a.gradient().addProduct(g, w, batch, n, k, m, false, true, false); // dA += dY @ Bᵀ
            }
            if (b.requiresGrad()) {
                b.gradient().addProduct(x, g, batch, k, m, n, true, false, false); // dB += Aᵀ @ dY
            }
        }, a, b);
    }

    /** (..., k) @ (k, m): leading dimensions flatten into rows, so one product does it all. */
    private static Tensor byMatrix(Tensor a, Tensor b) {
        long[] as = a.shape();
        int k = (int) as[as.length - 1];
        int m = (int) b.size(1);
        int rows = (int) (Shapes.length(as) / k);
        long[] outShape = as.clone();
        outShape[as.length - 1] = m;
        JavaArray x = a.numbers();
        JavaArray w = b.numbers();
        JavaArray y = JavaArray.zeros(a.type(), (long) rows * m);
        MatrixProducts.gemm(x, w, y, 1, rows, m, k, false, false, true, 0);
        return Tensor.result(y, outShape, "matmul", node -> {
            JavaArray g = node.gradient().values();
            if (a.requiresGrad()) {
                a.gradient().addProduct(g, w, 1, rows, k, m, false, true, true); // dA += dY @ Bᵀ
            }
            if (b.requiresGrad()) {
                b.gradient().addProduct(x, g, 1, k, m, rows, true, false, true); // dB += Aᵀ @ dY
            }
        }, a, b);
    }
}
