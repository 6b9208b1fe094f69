package zerotohero.kit;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.fast.BroadcastPlan;
import zerotohero.kit.fast.Float32Arithmetic;
import zerotohero.kit.fast.Float32Kernels;
import zerotohero.kit.fast.JavaArray;

/**
 * Ops that move numbers rather than compute new ones: views and reshapes, transposes and permutations,
 * picking rows (an embedding lookup), slicing, concatenation, and the two that zero or replace some of
 * them (a mask, dropout). Backward undoes the movement: each gradient goes back to where its number came
 * from, and where one number was used twice its gradients add up.
 */
final class Layout {

    private Layout() {}

    /** The same numbers in another shape (one size may be -1: inferred). Like torch's view/reshape. */
    static Tensor view(Tensor a, long... newShape) {
        long[] shape = viewShape(a.shape(), newShape);
        return Tensor.result(a.numbers(), shape, "view", node -> { // the same numbers in the same (row-major) order
            a.gradient().addAll(node.gradient().values());
        }, a);
    }

    /** {@code newShape} with its one −1 (if any) replaced by the size that makes the lengths agree. */
    private static long[] viewShape(long[] shape, long[] newShape) {
        long length = Shapes.length(shape);
        long known = 1;
        int inferred = -1;
        boolean valid = true;
        for (int d = 0; d < newShape.length; d++) {
            if (newShape[d] == -1 && inferred < 0) {
                inferred = d;
            } else if (newShape[d] < 0) {
                valid = false;
            } else {
                known *= newShape[d];
            }
        }
        long[] out = newShape.clone();
        if (valid && inferred >= 0 && known > 0 && length % known == 0) {
            out[inferred] = length / known;
        }
        if (!valid || Shapes.length(out) != length || (inferred >= 0 && known == 0)) {
            throw new IllegalArgumentException("view: cannot view shape " + Shapes.str(shape) + " (" + length
                    + " elements) as " + Shapes.str(newShape));
        }
        return out;
    }

    /** Swaps two dimensions (for a matrix: the transpose). */
    static Tensor transpose(Tensor a, int dim0, int dim1) {
        int[] order = Shapes.all(a.rank());
        int d0 = Shapes.dim(dim0, a.rank());
        int d1 = Shapes.dim(dim1, a.rank());
        order[d0] = d1;
        order[d1] = d0;
        return permute(a, order);
    }

    /** Reorders the dimensions: result dimension i is the input's dimension {@code order[i]}. */
    static Tensor permute(Tensor a, int... order) {
        long[] in = a.shape();
        if (order.length != in.length) {
            throw new IllegalArgumentException("permute: " + Arrays.toString(order) + " does not order the "
                    + in.length + " dimensions of " + Shapes.str(in));
        }
        int[] dims = Shapes.dims(order, in.length);
        if (Arrays.stream(dims).distinct().count() != dims.length) {
            throw new IllegalArgumentException("permute: " + Arrays.toString(order) + " names a dimension twice");
        }
        long[] shape = new long[in.length];
        long[] inStride = new long[in.length];
        for (int d = in.length - 1, s = 1; d >= 0; d--) {
            inStride[d] = s;
            s *= (int) in[d];
        }
        long[] stride = new long[in.length]; // how far in the input one step along each output dimension goes
        for (int i = 0; i < dims.length; i++) {
            shape[i] = in[dims[i]];
            stride[i] = inStride[dims[i]];
        }
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (swapsLastTwo(dims)) { // a batch of matrix transposes, such as attention's kᵀ
            int rows = (int) in[in.length - 2];
            int cols = (int) in[in.length - 1];
            int batch = x.length / Math.max(1, rows * cols);
            JavaArray.transposeMatrices(x, y, batch, rows, cols, false);
            return Tensor.result(y, shape, "permute", node -> JavaArray.transposeMatrices(node.gradient().values(),
                    a.gradient().numbers(), batch, cols, rows, true), a);
        }
        // The output is runs of numbers that lie side by side in the input too: its last dimensions, as long
        // as they keep the input's order (for a (B, T, H, hs) → (B, H, T, hs) transpose, runs of hs).
        int kept = in.length;
        int run = 1;
        while (kept > 0 && stride[kept - 1] == run) {
            run *= (int) shape[kept - 1];
            kept--;
        }
        // from[r]: where in the input run r starts
        int[] from = Shapes.walk(Arrays.copyOf(shape, kept), Arrays.copyOf(stride, kept));
        int runLength = run;
        JavaArray.moveRuns(x, from, y, null, from.length, runLength, false);
        return Tensor.result(y, shape, "permute", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray.moveRuns(dy, null, a.gradient().numbers(), from, from.length, runLength, true);
        }, a);
    }

    /** Whether a permutation swaps the last two dimensions and keeps the others in place. */
    private static boolean swapsLastTwo(int[] dims) {
        int n = dims.length;
        for (int i = 0; i < n - 2; i++) {
            if (dims[i] != i) {
                return false;
            }
        }
        return n >= 2 && dims[n - 2] == n - 1 && dims[n - 1] == n - 2;
    }

    /**
     * Picks rows of a matrix by index: {@code table.rows(ids)} has shape (ids.length, columns). This is an
     * embedding lookup. An index may repeat; backward then adds each copy's gradient into the same row
     * (a scatter-add).
     */
    static Tensor rows(Tensor table, int[] ids) {
        if (table.rank() != 2) {
            throw new IllegalArgumentException("rows: expects a matrix, got shape " + Shapes.str(table.shape()));
        }
        int vocab = (int) table.size(0);
        int width = (int) table.size(1);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocab) {
                throw new IllegalArgumentException("rows: index " + ids[i] + " at position " + i
                        + " is out of range for a table of " + vocab + " rows");
            }
        }
        // Gather and scatter-add in plain Java: one bulk copy per row beats ND4J's general-purpose gathering.
        int[] from = new int[ids.length]; // where row i starts in the table
        for (int i = 0; i < ids.length; i++) {
            from[i] = ids[i] * width;
        }
        JavaArray y = JavaArray.zeros(table.type(), (long) ids.length * width);
        JavaArray.moveRuns(table.numbers(), from, y, null, ids.length, width, false);
        return Tensor.result(y, new long[] {ids.length, width}, "rows", node -> {
            JavaArray dy = node.gradient().values(); // a repeated index adds up in its row
            JavaArray.moveRuns(dy, null, table.gradient().numbers(), from, ids.length, width, true);
        }, table);
    }

    /**
     * The part of a tensor from {@code start} (inclusive) to {@code end} (exclusive) along {@code dim},
     * like Python's {@code x[:, start:end]}. Backward puts the gradient back into that window of zeros.
     */
    static Tensor slice(Tensor a, int dim, long start, long end) {
        int d = Shapes.dim(dim, a.rank());
        if (start < 0 || end > a.size(d) || start >= end) {
            throw new IllegalArgumentException("slice: [" + start + ", " + end + ") is not a non-empty range within "
                    + "size " + a.size(d) + " of dimension " + dim + " of " + Shapes.str(a.shape()));
        }
        // In row-major order, a is `outer` blocks of (size along d)·inner numbers, and the slice takes
        // (end − start)·inner of them from each block, starting at start·inner.
        long[] shape = a.shape();
        int inner = (int) (Shapes.length(shape) / Shapes.length(Arrays.copyOf(shape, d + 1)));
        int outer = (int) Shapes.length(Arrays.copyOf(shape, d));
        int block = (int) shape[d] * inner;
        int taken = (int) (end - start) * inner;
        long[] outShape = shape.clone();
        outShape[d] = end - start;
        int[] from = new int[outer];
        for (int o = 0; o < outer; o++) {
            from[o] = o * block + (int) start * inner;
        }
        JavaArray y = JavaArray.zeros(a.type(), (long) outer * taken);
        JavaArray.moveRuns(a.numbers(), from, y, null, outer, taken, false);
        return Tensor.result(y, outShape, "slice", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray.moveRuns(dy, null, a.gradient().numbers(), from, outer, taken, true);
        }, a);
    }

    /** Joins tensors along a dimension; all other sizes must agree. Backward hands each part its window. */
    static Tensor cat(int dim, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("cat: nothing to concatenate");
        }
        int d = Shapes.dim(dim, parts[0].rank());
        for (int i = 0; i < parts.length; i++) {
            long[] s0 = parts[0].shape().clone();
            long[] si = parts[i].shape().clone();
            s0[d] = 0;
            if (si.length == s0.length) {
                si[d] = 0;
            }
            if (!Arrays.equals(s0, si)) {
                throw new IllegalArgumentException("cat: shapes " + Shapes.str(parts[0].shape()) + " and "
                        + Shapes.str(parts[i].shape()) + " differ outside dimension " + dim);
            }
            Tensor.checkSameType("cat", parts[0], parts[i]);
        }
        // In row-major order the output is `outer` blocks, each the parts' blocks side by side.
        long[] shape = parts[0].shape();
        shape[d] = 0;
        JavaArray[] xs = new JavaArray[parts.length];
        int[] widths = new int[parts.length]; // each part's numbers per block
        for (int i = 0; i < parts.length; i++) {
            shape[d] += parts[i].size(d);
            xs[i] = parts[i].numbers();
        }
        int outer = (int) Shapes.length(Arrays.copyOf(shape, d));
        int block = 0;
        for (int i = 0; i < parts.length; i++) {
            widths[i] = xs[i].length / outer;
            block += widths[i];
        }
        int[][] to = new int[parts.length][outer]; // to[i][o]: where part i's block o goes in the output
        for (int i = 0, offset = 0; i < parts.length; offset += widths[i], i++) {
            for (int o = 0; o < outer; o++) {
                to[i][o] = o * block + offset;
            }
        }
        JavaArray y = JavaArray.zeros(parts[0].type(), (long) outer * block);
        for (int i = 0; i < parts.length; i++) {
            JavaArray.moveRuns(xs[i], null, y, to[i], outer, widths[i], false);
        }
        return Tensor.result(y, shape, "cat", node -> {
            JavaArray dy = node.gradient().values();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].requiresGrad()) {
                    JavaArray.moveRuns(dy, to[i], parts[i].gradient().numbers(), null, outer, widths[i], true);
                }
            }
        }, parts);
    }

    /**
     * Replaces elements where {@code mask} is non-zero by {@code value}; the mask broadcasts to the
     * tensor's shape. With value −∞ before a softmax, this is the causal mask of attention.
     */
    static Tensor maskedFill(Tensor a, Tensor mask, double value) {
        long[] shape = Shapes.broadcast("maskedFill", a.shape(), mask.shape());
        BroadcastPlan plan = new BroadcastPlan(shape, a.shape(), mask.shape());
        JavaArray x = a.numbers();
        JavaArray m = mask.type() == DataType.FLOAT || mask.type() == DataType.DOUBLE
                ? mask.numbers() : JavaArray.copyOf(mask.data().castTo(DataType.DOUBLE));
        boolean[] filled = new boolean[m.length];
        for (int j = 0; j < m.length; j++) {
            filled[j] = m.get(j) != 0;
        }
        int[] kept = Float32Kernels.keptPrefixes(filled, plan.width);
        JavaArray y = JavaArray.zeros(a.type(), Shapes.length(shape));
        if (!Float32Kernels.maskedFill(x, filled, kept, value, y, plan)) { // float32: the same, faster
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    y.set(o, filled[j] ? value : x.get(i));
                }
            }
        }
        // Filled elements no longer depend on the input: their gradient is zero.
        return Tensor.result(y, shape, "maskedFill", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (Float32Kernels.maskedFillBackward(filled, kept, dy, dx, plan)) {
                return;
            }
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    if (!filled[j]) {
                        dx.add(i, dy.get(o));
                    }
                }
            }
        }, a);
    }

    /**
     * Inverted dropout: zeroes each element with probability p and scales the rest by 1/(1 − p), so the
     * expected value is unchanged and evaluation needs no rescaling.
     */
    static Tensor dropout(Tensor a, double p) {
        if (p < 0 || p >= 1) {
            throw new IllegalArgumentException("dropout: p must be in [0, 1), got " + p);
        }
        if (p == 0) {
            return a;
        }
        JavaArray keep = JavaArray.copyOf(Nd4j.rand(a.type(), a.shape())); // uniform on [0, 1) ...
        for (int i = 0; i < keep.length; i++) {
            keep.set(i, keep.get(i) > p ? 1 / (1 - p) : 0); // ... made 1/(1 − p) where kept, 0 where dropped
        }
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), keep.length);
        if (!Float32Arithmetic.multiply(x, keep, y)) { // float32: the same, faster
            for (int i = 0; i < y.length; i++) {
                y.set(i, x.get(i) * keep.get(i));
            }
        }
        return Tensor.result(y, a.shape(), "dropout", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (Float32Arithmetic.multiplyBackward(dy, keep, dx)) {
                return;
            }
            for (int i = 0; i < dy.length; i++) {
                dx.add(i, dy.get(i) * keep.get(i));
            }
        }, a);
    }
}
