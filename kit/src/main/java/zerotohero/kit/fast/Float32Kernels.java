package zerotohero.kit.fast;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The float32 versions of the hottest loops, and exp and tanh to float32's precision; float64 tensors use
 * the plain loops in the op files, which are the definitions.
 *
 * <p>{@code Math.exp} and {@code Math.tanh} are exact to double precision and pay for it: on the course's
 * benchmark machine they take 10–50 ns a call, against 5–9 ns for these, and a GPT step calls them millions
 * of times. (For the same reason the loops use {@code a > b ? a : b} rather than {@code Math.max} on
 * doubles, whose care for −0.0 and NaN costs about 20 ns on that machine.)
 *
 * <p>The loops over {@code float[]} are the op files' formulas in float arithmetic: loops the JIT compiler
 * turns into SIMD instructions, eight numbers at a time, about four times faster again. Each is offered to
 * the op files as a method that takes {@link JavaArray}s and answers whether it did the work (all its
 * arrays float32): {@code if (!Float32Kernels.tanh(x, y)) { the plain loop }}.
 *
 * <p>Broadcasting arithmetic has its own file, {@link Float32Arithmetic}, and so does softmax,
 * {@link Float32Softmax}.
 */
public final class Float32Kernels {

    private Float32Kernels() {}

    /** eˣ to the precision of {@code type}: {@link #exp(double)} for float32, {@link Math#exp} otherwise. */
    public static DoubleUnaryOperator exp(DataType type) {
        return type == DataType.FLOAT ? Float32Kernels::exp : Math::exp;
    }

    /**
     * eˣ as 2ᵏ·eʳ: k = round(x / ln 2) goes into the exponent bits, and eʳ, with |r| ≤ ½ ln 2, is a
     * degree-7 Taylor polynomial; relative error below 10⁻⁸. Below −87 the result is 0 and above 88 it is
     * +∞, as in float32; NaN stays NaN.
     */
    public static double exp(double x) {
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
    static float tanh(float x) {
        x = Math.max(-LIMIT, Math.min(LIMIT, x));
        float x2 = x * x;
        float p = x * (4.89352455891786e-03f + x2 * (6.37261928875436e-04f + x2 * (1.48572235717979e-05f
                + x2 * (5.12229709037114e-08f + x2 * (-8.60467152213735e-11f + x2 * (2.00018790482477e-13f
                + x2 * -2.76076847742355e-16f))))));
        float q = 4.89352518554385e-03f + x2 * (2.26843463243900e-03f + x2 * (1.18534705686654e-04f
                + x2 * 1.19825839466702e-06f));
        return p / q;
    }

    /** y = tanh(x), element by element, if both are float32. */
    public static boolean tanh(JavaArray x, JavaArray y) {
        if (!(x.isFloat32() && y.isFloat32())) {
            return false;
        }
        tanh(x.floats(), y.floats());
        return true;
    }

    static void tanh(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = tanh(x[i]);
        }
    }

    /** tanh's backward, dx += (1 − y²)·dy, if all are float32. */
    public static boolean tanhBackward(JavaArray y, JavaArray dy, JavaArray dx) {
        if (!(y.isFloat32() && dy.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] ys = y.floats();
        float[] dys = dy.floats();
        float[] dxs = dx.floats();
        for (int i = 0; i < ys.length; i++) {
            dxs[i] += (1 - ys[i] * ys[i]) * dys[i];
        }
        return true;
    }

    private static final float SQRT_2_OVER_PI = (float) Math.sqrt(2 / Math.PI);

    /** GELU's forward, y = ½·x·(1 + t), keeping t = tanh(u) for the backward pass, if all are float32. */
    public static boolean gelu(JavaArray x, JavaArray t, JavaArray y) {
        if (!(x.isFloat32() && t.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ts = t.floats();
        float[] ys = y.floats();
        for (int i = 0; i < xs.length; i++) {
            float xi = xs[i];
            float ti = tanh(SQRT_2_OVER_PI * (xi + 0.044715f * xi * xi * xi));
            ts[i] = ti;
            ys[i] = 0.5f * xi * (1 + ti);
        }
        return true;
    }

    /** GELU's backward, dx += (½·(1 + t) + ½·x·(1 − t²)·du/dx)·dy, if all are float32. */
    public static boolean geluBackward(JavaArray x, JavaArray t, JavaArray dy, JavaArray dx) {
        if (!(x.isFloat32() && t.isFloat32() && dy.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ts = t.floats();
        float[] dys = dy.floats();
        float[] dxs = dx.floats();
        for (int i = 0; i < xs.length; i++) {
            float xi = xs[i];
            float ti = ts[i];
            float du = SQRT_2_OVER_PI * (1 + 3 * 0.044715f * xi * xi);
            dxs[i] += (0.5f * (1 + ti) + 0.5f * xi * (1 - ti * ti) * du) * dys[i];
        }
        return true;
    }

    /**
     * One step of Adam (see {@code zerotohero.kit.optim.Adam}, whose double loop this is) over float32
     * parameters p with gradients g and running averages m and v, in float arithmetic.
     */
    public static void adam(float[] p, float[] g, float[] m, float[] v, float beta1, float beta2, float lr,
            float eps, float shrink, float l2, float correction1, float correction2) {
        for (int j = 0; j < p.length; j++) {
            float gj = g[j] + l2 * p[j];
            m[j] = beta1 * m[j] + (1 - beta1) * gj;
            v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
            p[j] = p[j] * shrink - lr * (m[j] / correction1) / ((float) Math.sqrt(v[j] / correction2) + eps);
        }
    }

    /**
     * ReLU, y = max(x, 0), over float32 numbers. {@code Math.max} rather than {@code x > 0 ? x : 0}: half
     * the units of a layer are off, at random, so the branch of the ternary is mispredicted half the time;
     * the vectorised max was 30 times faster on a (12, 64, 512) tensor.
     */
    public static boolean relu(JavaArray x, JavaArray y) {
        if (!(x.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ys = y.floats();
        for (int i = 0; i < xs.length; i++) {
            ys[i] = Math.max(xs[i], 0f);
        }
        return true;
    }

    /**
     * ReLU's backward pass from its output y: dx += dy where y > 0 (the unit was on), over float32
     * numbers. Without a branch, for the reason {@link #relu} gives: min(y·2¹⁵⁰, 1) is 1 for every
     * positive float (the smallest is 2⁻¹⁴⁹) and 0 for y = 0.
     */
    public static boolean reluBackward(JavaArray y, JavaArray dy, JavaArray dx) {
        if (!(y.isFloat32() && dy.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] ys = y.floats();
        float[] dys = dy.floats();
        float[] dxs = dx.floats();
        for (int i = 0; i < ys.length; i++) {
            float on = Math.min(ys[i] * 0x1p75f * 0x1p75f, 1f);
            dxs[i] += on * dys[i];
        }
        return true;
    }

    /**
     * For each row of {@code width} numbers of a mask, how many numbers it keeps at its start when it fills
     * all the rest (a causal mask's row t keeps t + 1), or −1 for a row of any other form; null if the mask
     * is not made of whole rows of that width. With it, {@link #maskedFill} copies and fills whole runs.
     */
    public static int[] keptPrefixes(boolean[] filled, int width) {
        if (width == 0 || filled.length % width != 0) {
            return null;
        }
        int[] kept = new int[filled.length / width];
        for (int row = 0; row < kept.length; row++) {
            int start = row * width;
            int c = 0;
            while (c < width && !filled[start + c]) {
                c++;
            }
            kept[row] = c;
            for (int f = c; f < width; f++) {
                if (!filled[start + f]) {
                    kept[row] = -1; // kept numbers after filled ones
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * How many numbers the mask row starting at mask number {@code j} keeps before it fills the rest, or −1
     * if that row is of another form or the plan does not walk whole mask rows one number at a time.
     */
    private static int keptPrefix(int[] kept, BroadcastPlan plan, int j) {
        if (kept == null || plan.aStep != 1 || plan.bStep != 1 || j % plan.width != 0) {
            return -1;
        }
        return kept[j / plan.width];
    }

    /**
     * A masked fill over a {@link BroadcastPlan}: y = value where the (broadcast) mask is set, else x, over
     * float32 numbers. A row that keeps a prefix and fills the rest ({@link #keptPrefixes}) is one copy and
     * one fill.
     */
    public static boolean maskedFill(JavaArray x, boolean[] filled, int[] kept, double value, JavaArray y,
            BroadcastPlan plan) {
        if (!(x.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ys = y.floats();
        float v = (float) value;
        for (int r = 0, o = 0; r < plan.rows; r++) {
            int i = plan.aStart[r];
            int j = plan.bStart[r];
            int prefix = keptPrefix(kept, plan, j);
            if (prefix >= 0) {
                System.arraycopy(xs, i, ys, o, prefix);
                Arrays.fill(ys, o + prefix, o + plan.width, v);
                o += plan.width;
                continue;
            }
            for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                ys[o] = filled[j] ? v : xs[i];
            }
        }
        return true;
    }

    /**
     * The masked fill's backward pass: dx += dy where the mask is not set, over float32 numbers (over the
     * kept prefix only, for a row of that form).
     */
    public static boolean maskedFillBackward(boolean[] filled, int[] kept, JavaArray dy, JavaArray dx,
            BroadcastPlan plan) {
        if (!(dy.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] dys = dy.floats();
        float[] dxs = dx.floats();
        for (int r = 0, o = 0; r < plan.rows; r++) {
            int i = plan.aStart[r];
            int j = plan.bStart[r];
            int prefix = keptPrefix(kept, plan, j);
            if (prefix >= 0) {
                for (int c = 0; c < prefix; c++) {
                    dxs[i + c] += dys[o + c];
                }
                o += plan.width;
                continue;
            }
            for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                if (!filled[j]) {
                    dxs[i] += dys[o];
                }
            }
        }
        return true;
    }
}
