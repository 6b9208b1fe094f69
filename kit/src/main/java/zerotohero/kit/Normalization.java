package zerotohero.kit;

import java.util.Arrays;
import zerotohero.kit.fast.Float32LayerNorm;
import zerotohero.kit.fast.JavaArray;

/**
 * Layer norm and batch norm (training mode) as one fused op, {@code x.normalize(dims, gamma, beta, eps)}:
 * (x − mean) / √(var + eps) · gamma + beta, with the mean and the (biased) variance taken over
 * {@code dims}, and gamma and beta of the last dimension's size. Over the last dimension this is layer norm
 * (each row normalised by its own statistics); over all the other dimensions it is batch norm (each
 * feature, a column, by the batch's statistics).
 *
 * <p>Written out with the basic ops it would be a dozen nodes; as one op, its backward is the short closed
 * form derived in the backprop lecture, with x̂ the normalised input and n the count per mean:
 * dx = (1/σ)·(dx̂ − mean(dx̂) − x̂·mean(dx̂ ⊙ x̂)), where dx̂ = dy ⊙ gamma.
 */
final class Normalization {

    private Normalization() {}

    static Tensor normalize(Tensor x, int[] dims, Tensor gamma, Tensor beta, double eps) {
        int[] ds = Shapes.dims(dims, x.rank());
        Arrays.sort(ds);
        int width = (int) x.size(-1);
        int rows = (int) (x.length() / width);
        boolean byRow = Arrays.equals(ds, new int[] {x.rank() - 1});
        if (!byRow && !Arrays.equals(ds, Arrays.copyOf(Shapes.all(x.rank()), x.rank() - 1))) {
            throw new IllegalArgumentException("normalize: normalises over the last dimension (layer norm) or over "
                    + "all dimensions but the last (batch norm); dims " + Arrays.toString(dims) + " of shape "
                    + Shapes.str(x.shape()) + " are neither");
        }
        if (gamma.length() != width || beta.length() != width) {
            throw new IllegalArgumentException("normalize: gamma " + Shapes.str(gamma.shape()) + " and beta "
                    + Shapes.str(beta.shape()) + " must have " + width + " elements, the size of the last dimension");
        }
        Tensor.checkSameType("normalize", x, gamma);
        Tensor.checkSameType("normalize", x, beta);
        JavaArray in = x.numbers();
        JavaArray w = gamma.numbers();
        JavaArray bias = beta.numbers();
        Float32LayerNorm vectorised = byRow ? Float32LayerNorm.forward(in, w, bias, width, eps) : null;
        if (vectorised != null) { // layer norm of float32 rows: the same, vectorised
            return Tensor.result(vectorised.output(), x.shape(), "normalize", node -> vectorised.backward(
                    node.gradient().values(), gradientNumbers(gamma), gradientNumbers(beta),
                    x.requiresGrad() ? x.gradient().addition() : null), x, gamma, beta);
        }
        // Element (r, c) belongs to group r (layer norm: one mean per row) or c (batch norm: one per column).
        int groups = byRow ? rows : width;
        double n = byRow ? width : rows;
        double[] mean = new double[groups];
        double[] invStd = new double[groups];
        JavaArray xHat = JavaArray.zeros(x.type(), in.length); // kept for the backward pass
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < width; c++, i++) {
                mean[byRow ? r : c] += in.get(i);
            }
        }
        for (int k = 0; k < groups; k++) {
            mean[k] /= n;
        }
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < width; c++, i++) {
                int k = byRow ? r : c;
                double d = in.get(i) - mean[k];
                invStd[k] += d * d; // n times the biased variance, for now
            }
        }
        for (int k = 0; k < groups; k++) {
            invStd[k] = 1 / Math.sqrt(invStd[k] / n + eps);
        }
        JavaArray y = JavaArray.zeros(x.type(), in.length);
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < width; c++, i++) {
                int k = byRow ? r : c;
                double normalised = (in.get(i) - mean[k]) * invStd[k];
                xHat.set(i, normalised);
                y.set(i, normalised * w.get(c) + bias.get(c));
            }
        }
        return Tensor.result(y, x.shape(), "normalize", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dGamma = gradientNumbers(gamma);
            JavaArray dBeta = gradientNumbers(beta);
            double[] meanDxHat = new double[groups];
            double[] meanDxHatXHat = new double[groups];
            for (int r = 0, i = 0; r < rows; r++) {
                for (int c = 0; c < width; c++, i++) {
                    double gi = dy.get(i);
                    double xHatI = xHat.get(i);
                    if (dGamma != null) {
                        dGamma.add(c, gi * xHatI);
                    }
                    if (dBeta != null) {
                        dBeta.add(c, gi);
                    }
                    double dxHat = gi * w.get(c);
                    int k = byRow ? r : c;
                    meanDxHat[k] += dxHat;
                    meanDxHatXHat[k] += dxHat * xHatI;
                }
            }
            for (int k = 0; k < groups; k++) {
                meanDxHat[k] /= n;
                meanDxHatXHat[k] /= n;
            }
            JavaArray dx = gradientNumbers(x);
            if (dx != null) {
                for (int r = 0, i = 0; r < rows; r++) {
                    for (int c = 0; c < width; c++, i++) {
                        int k = byRow ? r : c;
                        double dxHat = dy.get(i) * w.get(c);
                        dx.add(i, invStd[k] * (dxHat - meanDxHat[k] - xHat.get(i) * meanDxHatXHat[k]));
                    }
                }
            }
        }, x, gamma, beta);
    }

    /** The input's gradient as numbers to add into, or null if no gradient is wanted for it. */
    private static JavaArray gradientNumbers(Tensor t) {
        return t.requiresGrad() ? t.gradient().numbers() : null;
    }
}
