package zerotohero.kit.fast;

/**
 * Softmax over rows of float32 numbers: the loops of {@code Softmax.softmax} over {@code float[]}, without
 * a virtual call per number read or written. exp and the row's sum run in double as there; the division
 * by the sum is a multiplication by its float inverse, and the backward pass subtracts the row's dot
 * product in float, loops the JIT compiler vectorises. The numbers agree with the float64 loops to
 * float32's precision. Attention calls it on (B, heads, T, T) scores, the largest tensor of a GPT step.
 */
public final class Float32Softmax {

    private Float32Softmax() {}

    /** y = exp(x − max) / Σ exp(x − max) in each row of {@code width} numbers, if x and y are float32. */
    public static boolean forward(JavaArray x, JavaArray y, int width) {
        if (!(x.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ys = y.floats();
        for (int start = 0; start < xs.length; start += width) {
            float max = Float.NEGATIVE_INFINITY;
            for (int c = start; c < start + width; c++) {
                max = xs[c] > max ? xs[c] : max;
            }
            double sum = 0;
            for (int c = start; c < start + width; c++) {
                double e = Float32Kernels.exp(xs[c] - (double) max);
                ys[c] = (float) e;
                sum += e;
            }
            float inverse = (float) (1 / sum); // one division per row; a multiplication per number vectorises
            for (int c = start; c < start + width; c++) {
                ys[c] *= inverse;
            }
        }
        return true;
    }

    /** The backward pass, dx += y ⊙ (dy − Σ dy⊙y) in each row, if all are float32. */
    public static boolean backward(JavaArray y, JavaArray dy, JavaArray dx, int width) {
        if (!(y.isFloat32() && dy.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] ys = y.floats();
        float[] dys = dy.floats();
        float[] dxs = dx.floats();
        for (int start = 0; start < ys.length; start += width) {
            // Σ dy·y over the row, in four running sums (one would make each addition wait for the last)
            float dot = (float) Float32LayerNorm.sum(dys, null, ys, start, width);
            for (int c = start; c < start + width; c++) {
                dxs[c] += ys[c] * (dys[c] - dot);
            }
        }
        return true;
    }
}
