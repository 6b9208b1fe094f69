package zerotohero.kit.optim;

import java.util.List;
import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;

/** Gradient clipping by global norm: one large step cannot throw the parameters far away. */
public final class GradClip {

    private GradClip() {}

    /**
     * Scales all gradients together so that their combined L2 norm (as if they were one long vector) is
     * at most {@code maxNorm}. Returns the norm before clipping, worth logging.
     */
    public static double clipGlobalNorm(List<Tensor> params, double maxNorm) {
        double sumOfSquares = 0;
        for (Tensor p : params) {
            sumOfSquares += InPlace.gradSumOfSquares(p);
        }
        double total = Math.sqrt(sumOfSquares);
        if (total > maxNorm) {
            double scale = maxNorm / (total + 1e-6);
            for (Tensor p : params) {
                InPlace.scaleGrad(p, scale);
            }
        }
        return total;
    }
}
