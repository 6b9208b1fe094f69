package zerotohero.kit.fast;

/**
 * Softmax over rows of float32 numbers: the loops of {@code Softmax.softmax} over {@code float[]}, with the
 * same double arithmetic inside a row (the maximum, exp, the sum, the dot product of the backward pass),
 * so the numbers are the plain loops' bit for bit; what they save is a virtual call per number read or
 * written. Attention calls it on (B, heads, T, T) scores, the largest tensor of a GPT step.
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
            for (int c = start; c < start + width; c++) {
                ys[c] = (float) (ys[c] / sum);
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
            double dot = 0;
            for (int c = start; c < start + width; c++) {
                dot += (double) dys[c] * ys[c];
            }
            for (int c = start; c < start + width; c++) {
                dxs[c] = (float) (dxs[c] + ys[c] * (dys[c] - dot));
            }
        }
        return true;
    }
}
