package zerotohero.kit.fast;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Layer norm over rows of float32 numbers, in float arithmetic the JIT compiler vectorises (sums run in
 * double): the same formulas as the plain loops of {@code Normalization}, which float64 tensors and batch
 * norm take. The forward pass keeps x̂ and 1/σ per row for the backward pass.
 */
public final class Float32LayerNorm {

    private final float[] gamma;
    private final int width;
    private final float[] xHat;
    private final float[] invStd;
    private final JavaArray y;

    private Float32LayerNorm(float[] x, float[] gamma, float[] beta, int width, double eps) {
        this.gamma = gamma;
        this.width = width;
        this.xHat = new float[x.length];
        this.invStd = new float[x.length / width];
        this.y = JavaArray.zeros(DataType.FLOAT, x.length);
        float[] out = y.floats();
        for (int r = 0, start = 0; start < x.length; r++, start += width) {
            float mean = (float) (sum(x, null, null, start, width) / width);
            for (int c = 0; c < width; c++) {
                float d = x[start + c] - mean;
                xHat[start + c] = d * d; // for now, the squares
            }
            float inv = (float) (1 / Math.sqrt(sum(xHat, null, null, start, width) / width + eps));
            invStd[r] = inv;
            for (int c = 0; c < width; c++) {
                float h = (x[start + c] - mean) * inv;
                xHat[start + c] = h;
                out[start + c] = h * gamma[c] + beta[c];
            }
        }
    }

    /**
     * The forward pass, (x − mean)/√(var + eps)·γ + β over rows of {@code width} numbers, or null if x, γ
     * and β are not all float32.
     */
    public static Float32LayerNorm forward(JavaArray x, JavaArray gamma, JavaArray beta, int width, double eps) {
        if (!(x.isFloat32() && gamma.isFloat32() && beta.isFloat32())) {
            return null;
        }
        return new Float32LayerNorm(x.floats(), gamma.floats(), beta.floats(), width, eps);
    }

    /** The normalised, scaled and shifted numbers. */
    public JavaArray output() {
        return y;
    }

    /**
     * The backward pass: dγ += Σ dy·x̂ and dβ += Σ dy over rows; dx += (1/σ)·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂))
     * with dx̂ = dy·γ, per row, written as {@code dx.into = dx.start + ...}. A null gradient is one nobody
     * wants.
     */
    public void backward(JavaArray dyNumbers, JavaArray dGammaNumbers, JavaArray dBetaNumbers,
            Gradient.Addition dxSum) {
        float[] dy = dyNumbers.floats();
        float[] dGamma = dGammaNumbers == null ? null : dGammaNumbers.floats();
        float[] dBeta = dBetaNumbers == null ? null : dBetaNumbers.floats();
        float[] dx = dxSum == null ? null : dxSum.into().floats();
        float[] dxStart = dxSum == null || dxSum.start() == null ? dx : dxSum.start().floats();
        for (int r = 0, start = 0; start < dy.length; r++, start += width) {
            if (dGamma != null) {
                for (int c = 0; c < width; c++) {
                    dGamma[c] += dy[start + c] * xHat[start + c];
                }
            }
            if (dBeta != null) {
                for (int c = 0; c < width; c++) {
                    dBeta[c] += dy[start + c];
                }
            }
            if (dx != null) {
                float meanDxHat = (float) (sum(dy, gamma, null, start, width) / width);
                float meanDxHatXHat = (float) (sum(dy, gamma, xHat, start, width) / width);
                float inv = invStd[r];
                for (int c = 0; c < width; c++) {
                    dx[start + c] = dxStart[start + c]
                            + inv * (dy[start + c] * gamma[c] - meanDxHat - xHat[start + c] * meanDxHatXHat);
                }
            }
        }
    }

    /**
     * Σ a[start + c]·b[c]·h[start + c] over c &lt; width, a null b or h counting as ones. Four running sums:
     * one sum is a chain of dependent additions, four keep the adder busy.
     */
    static double sum(float[] a, float[] b, float[] h, int start, int width) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int c = 0;
        for (; c + 3 < width; c += 4) {
            s0 += term(a, b, h, start, c);
            s1 += term(a, b, h, start, c + 1);
            s2 += term(a, b, h, start, c + 2);
            s3 += term(a, b, h, start, c + 3);
        }
        for (; c < width; c++) {
            s0 += term(a, b, h, start, c);
        }
        return s0 + s1 + s2 + s3;
    }

    private static float term(float[] a, float[] b, float[] h, int start, int c) {
        return a[start + c] * (b == null ? 1 : b[c]) * (h == null ? 1 : h[start + c]);
    }
}
