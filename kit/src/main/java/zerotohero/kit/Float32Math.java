package zerotohero.kit;

/**
 * tanh and exp to float32's precision, for the loops of float32 tensors; float64 tensors use
 * {@link Math}'s. {@code Math.exp} and {@code Math.tanh} are exact to double precision and pay for it: on
 * the course's benchmark machine they take 10–50 ns a call, against 5–9 ns for these, and a GPT step
 * calls them millions of times. (For the same reason the loops use {@code a > b ? a : b} rather than
 * {@code Math.max} on doubles, whose care for −0.0 and NaN costs about 20 ns on that machine.)
 *
 * <p>The array versions ({@link #tanh(float[], float[])}, {@link #gelu}) are the same formulas in
 * float arithmetic over {@code float[]}: loops the JIT compiler turns into SIMD instructions, eight numbers
 * at a time, about four times faster again. Tensor ops use them for float32 and plain loops otherwise.
 */
final class Float32Math {

    private Float32Math() {}

    /**
     * eˣ as 2ᵏ·eʳ: k = round(x / ln 2) goes into the exponent bits, and eʳ, with |r| ≤ ½ ln 2, is a
     * degree-7 Taylor polynomial; relative error below 10⁻⁸. Below −87 the result is 0 and above 88 it is
     * +∞, as in float32; NaN stays NaN.
     */
    static double exp(double x) {
        if (x < -87.0) {
            return 0;
        }
        if (x > 88.0) {
            return Double.POSITIVE_INFINITY;
        }
        double k = Math.floor(x * 1.4426950408889634 + 0.5);
        double r = x - k * 0.6931471805599453;
        double p = 1 + r * (1 + r * (1 / 2.0 + r * (1 / 6.0 + r * (1 / 24.0 + r * (1 / 120.0 + r * (1 / 720.0
                + r / 5040.0))))));
        return p * Double.longBitsToDouble(((long) k + 1023) << 52);
    }

    /** Where tanh rounds to ±1 in float32. */
    private static final float LIMIT = 7.90531110763549805f;

    /**
     * tanh as an odd rational function, x·P(x²)/Q(x²), with the coefficients of Eigen's float32 tanh;
     * absolute error below 3·10⁻⁷. (Math.min and Math.max on floats vectorise; ternaries do not.)
     */
    private static float tanh(float x) {
        x = Math.max(-LIMIT, Math.min(LIMIT, x));
        float x2 = x * x;
        float p = x * (4.89352455891786e-03f + x2 * (6.37261928875436e-04f + x2 * (1.48572235717979e-05f
                + x2 * (5.12229709037114e-08f + x2 * (-8.60467152213735e-11f + x2 * (2.00018790482477e-13f
                + x2 * -2.76076847742355e-16f))))));
        float q = 4.89352518554385e-03f + x2 * (2.26843463243900e-03f + x2 * (1.18534705686654e-04f
                + x2 * 1.19825839466702e-06f));
        return p / q;
    }

    /** y = tanh(x), element by element. */
    static void tanh(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = tanh(x[i]);
        }
    }

    /** dx += (1 − y²)·dy, tanh's backward. */
    static void tanhBackward(float[] y, float[] dy, float[] dx) {
        for (int i = 0; i < y.length; i++) {
            dx[i] += (1 - y[i] * y[i]) * dy[i];
        }
    }

    private static final float SQRT_2_OVER_PI = (float) Math.sqrt(2 / Math.PI);

    /** GELU's forward (see {@link Tensor#gelu}): y = ½·x·(1 + t), keeping t = tanh(u) for the backward pass. */
    static void gelu(float[] x, float[] t, float[] y) {
        for (int i = 0; i < x.length; i++) {
            float xi = x[i];
            float ti = tanh(SQRT_2_OVER_PI * (xi + 0.044715f * xi * xi * xi));
            t[i] = ti;
            y[i] = 0.5f * xi * (1 + ti);
        }
    }

    /** GELU's backward: dx += (½·(1 + t) + ½·x·(1 − t²)·du/dx)·dy. */
    static void geluBackward(float[] x, float[] t, float[] dy, float[] dx) {
        for (int i = 0; i < x.length; i++) {
            float xi = x[i];
            float ti = t[i];
            float du = SQRT_2_OVER_PI * (1 + 3 * 0.044715f * xi * xi);
            dx[i] += (0.5f * (1 + ti) + 0.5f * xi * (1 - ti * ti) * du) * dy[i];
        }
    }

    /**
     * Layer norm's forward over rows of {@code width} numbers (see {@link Tensor#normalize}): keeps x̂ and
     * 1/σ per row for the backward pass. Sums run in double; the element-wise loops vectorise.
     */
    static void layerNorm(float[] x, float[] gamma, float[] beta, int width, double eps, float[] xHat,
            float[] invStd, float[] y) {
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
                y[start + c] = h * gamma[c] + beta[c];
            }
        }
    }

    /**
     * Layer norm's backward: dγ += Σ dy·x̂, dβ += Σ dy over rows; dx += (1/σ)·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂))
     * with dx̂ = dy·γ, per row. A null array is a gradient nobody wants.
     */
    static void layerNormBackward(float[] dy, float[] xHat, float[] invStd, float[] gamma, int width,
            float[] dGamma, float[] dBeta, float[] dx) {
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
                    dx[start + c] += inv * (dy[start + c] * gamma[c] - meanDxHat - xHat[start + c] * meanDxHatXHat);
                }
            }
        }
    }

    /**
     * Σ a[start + c]·b[c]·h[start + c] over c &lt; width, a null b or h counting as ones. Four running sums:
     * one sum is a chain of dependent additions, four keep the adder busy.
     */
    private static double sum(float[] a, float[] b, float[] h, int start, int width) {
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
