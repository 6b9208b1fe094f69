package zerotohero.kit;

import java.util.Arrays;

/**
 * Shape arithmetic: broadcasting, dimensions counted from the end, sizes.
 *
 * <p>Broadcasting lines two shapes up on the right; each pair of sizes must be equal or one of them 1,
 * and a missing dimension counts as 1. When an input was stretched to the output's shape, every copy of
 * an element contributed to the result, so the element's gradient is the <em>sum</em> of the gradients
 * of its copies ({@link zerotohero.kit.fast.BroadcastPlan} walks the copies).
 */
final class Shapes {

    private Shapes() {}

    /** The shape two operands broadcast to, or an error that names both shapes. */
    static long[] broadcast(String op, long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 1; i <= rank; i++) {
            long x = i <= a.length ? a[a.length - i] : 1;
            long y = i <= b.length ? b[b.length - i] : 1;
            if (x != y && x != 1 && y != 1) {
                throw new IllegalArgumentException(op + ": shapes " + str(a) + " and " + str(b)
                        + " do not broadcast (sizes " + x + " and " + y + " at dimension -" + i
                        + "; each pair must be equal or one of them 1)");
            }
            out[rank - i] = Math.max(x, y);
        }
        return out;
    }

    /** A dimension index that may count from the end (-1 is the last), made non-negative. */
    static int dim(int dim, int rank) {
        int d = dim < 0 ? dim + rank : dim;
        if (d < 0 || d >= rank) {
            throw new IllegalArgumentException("dimension " + dim + " is out of range for rank " + rank);
        }
        return d;
    }

    static int[] dims(int[] dims, int rank) {
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = dim(dims[i], rank);
        }
        return out;
    }

    /** The shape after reducing {@code dims} with keepdim: those sizes become 1. */
    static long[] kept(long[] shape, int[] dims) {
        long[] out = shape.clone();
        for (int d : dims) {
            out[d] = 1;
        }
        return out;
    }

    /** How many elements a reduction over {@code dims} combines into one. */
    static long count(long[] shape, int[] dims) {
        long n = 1;
        for (int d : dims) {
            n *= shape[d];
        }
        return n;
    }

    /** How many elements an array of this shape holds. */
    static long length(long[] shape) {
        long n = 1;
        for (long size : shape) {
            n *= size;
        }
        return n;
    }

    static int[] all(int rank) {
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = i;
        }
        return dims;
    }

    static String str(long[] shape) {
        return Arrays.toString(shape);
    }

    /**
     * The offsets reached by walking an array of this shape in row-major order, one step along dimension d
     * moving {@code stride[d]}: for a permutation, where each output element comes from; for a reduction
     * (stride 0 along the reduced dimensions), which group each element falls into.
     */
    static int[] walk(long[] shape, long[] stride) {
        int[] offsets = new int[(int) length(shape)];
        int[] index = new int[shape.length];
        for (int o = 0, at = 0; o < offsets.length; o++) {
            offsets[o] = at;
            for (int d = shape.length - 1; d >= 0; d--) { // the next index, as an odometer turns
                index[d]++;
                at += (int) stride[d];
                if (index[d] < shape[d]) {
                    break;
                }
                at -= (int) (stride[d] * shape[d]);
                index[d] = 0;
            }
        }
        return offsets;
    }
}
