package zerotohero.backprop;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;

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
        if (dhpreact.rank() != 2 || dhpreact.size(0) < 2 || !Arrays.equals(dhpreact.shape(), bnraw.shape())) {
            throw new IllegalArgumentException("dhpreact and bnraw must both be (n, features) with n ≥ 2, got "
                    + Arrays.toString(dhpreact.shape()) + " and " + Arrays.toString(bnraw.shape()));
        }
        // The numbers, row by row: element (i, j) is at i·features + j.
        double[] d = InPlace.read(dhpreact);
        double[] raw = InPlace.read(bnraw);
        double[] inv = InPlace.read(bnvarInv);
        double[] gain = InPlace.read(bngain);
        int n = (int) dhpreact.size(0);
        int features = (int) dhpreact.size(1);
        double[] sumD = new double[features];
        double[] sumDRaw = new double[features];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                sumD[j] += d[i * features + j];
                sumDRaw[j] += d[i * features + j] * raw[i * features + j];
            }
        }
        double[] dx = new double[n * features];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                int k = i * features + j;
                dx[k] = gain[j] * inv[j] / n * (n * d[k] - sumD[j] - (double) n / (n - 1) * raw[k] * sumDRaw[j]);
            }
        }
        return Tensor.of(DataType.DOUBLE, dx, n, features);
    }
}
