package zerotohero.kit;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reductions: sum, mean, max and variance over some dimensions. Backward spreads the reduced gradient back
 * over the elements that were combined, each by its own share.
 */
final class Reductions {

    private Reductions() {}

    /** Sums over {@code dims}; with keepdim those dimensions stay, with size 1 (good for broadcasting). */
    static Tensor sum(Tensor a, int[] dims, boolean keepdim) {
        int[] ds = Shapes.dims(dims, a.rank());
        long[] kept = Shapes.kept(a.shape(), ds);
        INDArray y = a.data().sum(keepdim, ds);
        // Each element contributed once to its sum, so each receives the sum's gradient unchanged.
        return Tensor.result(y, "sum", node -> {
            a.gradient().addFresh(Nd4j.zeros(a.type(), a.shape()).addi(node.grad().reshape(kept)));
        }, a);
    }

    /** The sum divided by how many elements it combined; the division's backward divides the gradient. */
    static Tensor mean(Tensor a, int[] dims, boolean keepdim) {
        long n = Shapes.count(a.shape(), Shapes.dims(dims, a.rank()));
        return sum(a, dims, keepdim).div(n);
    }

    /**
     * The largest element along {@code dim}. The gradient goes to the element(s) that were the maximum;
     * with ties each of them receives it.
     */
    static Tensor max(Tensor a, int dim, boolean keepdim) {
        int d = Shapes.dim(dim, a.rank());
        long[] kept = Shapes.kept(a.shape(), new int[] {d});
        INDArray maxKept = a.data().max(true, d);
        INDArray y = keepdim ? maxKept : maxKept.reshape(a.data().max(false, d).shape());
        return Tensor.result(y, "max", node -> {
            INDArray g = node.grad();
            INDArray isMax = a.data().sub(maxKept).eq(0).castTo(a.type());
            a.gradient().addFresh(isMax.muli(g.reshape(kept)));
        }, a);
    }

    /**
     * The variance over {@code dims}: the mean squared distance from the mean, divided by n (biased) or
     * by n − 1 (unbiased, Bessel's correction, PyTorch's default for {@code var}).
     */
    static Tensor var(Tensor a, int[] dims, boolean keepdim, boolean unbiased) {
        int[] ds = Shapes.dims(dims, a.rank());
        long n = Shapes.count(a.shape(), ds);
        double denominator = unbiased ? n - 1 : n;
        long[] kept = Shapes.kept(a.shape(), ds);
        INDArray centred = a.data().sub(a.data().mean(true, ds));
        INDArray y = centred.mul(centred).sum(keepdim, ds).divi(denominator);
        return Tensor.result(y, "var", node -> {
            INDArray g = node.grad();
            // d var/dx_i = 2(x_i - mean)/denominator; the mean's own dependence on x_i sums to zero.
            a.gradient().addFresh(centred.mul(2.0 / denominator).muli(g.reshape(kept)));
        }, a);
    }
}
