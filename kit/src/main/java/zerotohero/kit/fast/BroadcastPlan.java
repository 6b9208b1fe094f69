package zerotohero.kit.fast;

/**
 * How two arrays line up when one is broadcast against the other, as a plan for a Java loop (the shapes'
 * rules, and the errors, are {@code Shapes.broadcast}'s; this is only where the numbers lie):
 * <pre>
 *   for (int r = 0, out = 0; r &lt; plan.rows; r++) {
 *       int i = plan.aStart[r];
 *       int j = plan.bStart[r];
 *       for (int c = 0; c &lt; plan.width; c++, out++, i += plan.aStep, j += plan.bStep) {
 *           y[out] = a[i] + b[j];
 *       }
 *   }
 * </pre>
 *
 * <p>The output is walked row by row, a row being its last dimension. For each row the plan knows where
 * each input's numbers start, and each input's step along the row: 1 if it has that dimension, 0 if its
 * size there is 1 and the same number repeats. A (32, 200) batch plus a (200) bias is 32 rows of 200, the
 * bias starting at 0 in every row; a (12, 4, 64, 64) attention matrix masked by a (64, 64) mask is 3,072
 * rows of 64, the mask starting at 64·(row mod 64). Arrays of the same shape make one long row.
 *
 * <p>A backward loop walks the same plan and adds {@code gradient[out]} into {@code gradA[a]}: where an
 * input was broadcast, the same element receives several additions, which is exactly the sum over the
 * copies that broadcasting's gradient needs.
 */
public final class BroadcastPlan {

    /** How many rows, and how long each is. */
    public final int rows;
    public final int width;
    /** Where row r starts in input a, and in input b. */
    public final int[] aStart;
    public final int[] bStart;
    /** How far a and b move for each step along a row: 1, or 0 where broadcast. */
    public final int aStep;
    public final int bStep;

    /** The plan for inputs of shapes {@code a} and {@code b}, whose broadcast shape is {@code out}. */
    public BroadcastPlan(long[] out, long[] a, long[] b) {
        long length = 1;
        for (long size : out) {
            length *= size;
        }
        if (java.util.Arrays.equals(a, out) && java.util.Arrays.equals(b, out) || out.length == 0) {
            this.rows = 1;
            this.width = Math.toIntExact(length);
            this.aStart = new int[] {0};
            this.bStart = new int[] {0};
            this.aStep = 1;
            this.bStep = 1;
            return;
        }
        this.width = (int) out[out.length - 1];
        this.rows = width == 0 ? 0 : Math.toIntExact(length / width);
        long[] aStrides = strides(out, a);
        long[] bStrides = strides(out, b);
        this.aStep = (int) aStrides[out.length - 1];
        this.bStep = (int) bStrides[out.length - 1];
        this.aStart = starts(out, aStrides, rows);
        this.bStart = starts(out, bStrides, rows);
    }

    /** Row-major strides of an input, aligned to the output's dimensions, 0 where the input is broadcast. */
    private static long[] strides(long[] out, long[] in) {
        long[] strides = new long[out.length];
        int lead = out.length - in.length;
        long stride = 1;
        for (int d = in.length - 1; d >= 0; d--) {
            strides[lead + d] = in[d] == 1 && out[lead + d] != 1 ? 0 : stride;
            stride *= in[d];
        }
        return strides;
    }

    /** Where each output row starts in an input with the given strides. */
    private static int[] starts(long[] out, long[] strides, int rows) {
        int[] starts = new int[rows];
        int dims = out.length - 1;
        long[] index = new long[dims];
        long offset = 0;
        for (int r = 0; r < rows; r++) {
            starts[r] = (int) offset;
            for (int d = dims - 1; d >= 0; d--) { // advance the row index like an odometer
                index[d]++;
                offset += strides[d];
                if (index[d] < out[d]) {
                    break;
                }
                offset -= index[d] * strides[d];
                index[d] = 0;
            }
        }
        return starts;
    }
}
