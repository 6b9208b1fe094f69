package zerotohero.backprop;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/**
 * Exercise 07.3: batch norm's backward pass as one expression. The forward pass went from hprebn to
 * hpreact in seven small steps (mean, difference, square, variance with Bessel's n − 1, inverse square
 * root, normalise, scale and shift); for each feature (column) j they collapse into
 *
 * <pre>
 * dhprebn[i][j] = bngain[j] · bnvarInv[j] / n · ( n·dhpreact[i][j] − Σ_k dhpreact[k][j]
 *                                                 − n/(n−1) · bnraw[i][j] · Σ_k dhpreact[k][j]·bnraw[k][j] )
 * </pre>
 *
 * where the sums run over the batch (the rows).
 */
public final class BatchNormBackward {

    private BatchNormBackward() {
    }

    /**
     * Exercise 07.3: dhprebn (n, nHidden) from dhpreact (n, nHidden), the normalised bnraw (n, nHidden),
     * and the (1, nHidden) rows bnvarInv and bngain, all float64. {@code InPlace.read} gives a tensor's
     * numbers row by row; return {@code Tensor.of(DataType.DOUBLE, numbers, n, nHidden)}.
     */
    public static Tensor backward(Tensor dhpreact, Tensor bnraw, Tensor bnvarInv, Tensor bngain) {
        throw new Todo("07.3");
    }
}
