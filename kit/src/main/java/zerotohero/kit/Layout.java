package zerotohero.kit;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import zerotohero.kit.fast.BroadcastPlan;
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
        INDArray y;
        try {
            y = a.data().reshape('c', newShape);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("view: cannot view shape " + Shapes.str(a.shape()) + " ("
                    + a.data().length() + " elements) as " + Shapes.str(newShape), e);
        }
        return Tensor.result(y, "view", node -> { // the same numbers in the same (row-major) order
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            for (int i = 0; i < dy.length; i++) {
                dx.add(i, dy.get(i));
            }
        }, a);
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
        int[] inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inverse[Shapes.dim(order[i], a.rank())] = i;
        }
        return Tensor.result(a.data().permute(order), "permute",
                node -> a.gradient().add(node.grad().permute(inverse)), a);
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
        // Gather and scatter-add in plain Java: one copy per row beats ND4J's general-purpose gathering.
        JavaArray t = JavaArray.copyOf(table.data());
        JavaArray y = JavaArray.zeros(table.type(), (long) ids.length * width);
        for (int i = 0; i < ids.length; i++) {
            for (int j = 0; j < width; j++) {
                y.set(i * width + j, t.get(ids[i] * width + j));
            }
        }
        return Tensor.result(y.toNd4j(ids.length, width), "rows", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dt = table.gradient().numbers();
            for (int i = 0; i < ids.length; i++) {
                for (int j = 0; j < width; j++) {
                    dt.add(ids[i] * width + j, dy.get(i * width + j)); // a repeated index adds up here
                }
            }
        }, table);
    }

    /**
     * The part of a tensor from {@code start} (inclusive) to {@code end} (exclusive) along {@code dim},
     * like Python's {@code x[:, start:end]}. Backward puts the gradient back into that window of zeros.
     */
    static Tensor slice(Tensor a, int dim, long start, long end) {
        int d = Shapes.dim(dim, a.rank());
        if (start < 0 || end > a.data().size(d) || start >= end) {
            throw new IllegalArgumentException("slice: [" + start + ", " + end + ") is not a non-empty range within "
                    + "size " + a.data().size(d) + " of dimension " + dim + " of " + Shapes.str(a.shape()));
        }
        // In row-major order, a is `outer` blocks of (size along d)·inner numbers, and the slice takes
        // (end − start)·inner of them from each block, starting at start·inner.
        long[] shape = a.shape();
        int inner = (int) (Shapes.length(shape) / Shapes.length(Arrays.copyOf(shape, d + 1)));
        int outer = (int) Shapes.length(Arrays.copyOf(shape, d));
        int block = (int) shape[d] * inner;
        int taken = (int) (end - start) * inner;
        return Tensor.result(a.data().get(window(a.rank(), d, start, end)), "slice", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            for (int o = 0; o < outer; o++) {
                for (int k = 0; k < taken; k++) {
                    dx.add(o * block + (int) start * inner + k, dy.get(o * taken + k));
                }
            }
        }, a);
    }

    /** Index that selects [start, end) along one dimension and everything along the others. */
    private static INDArrayIndex[] window(int rank, int dim, long start, long end) {
        INDArrayIndex[] index = new INDArrayIndex[rank];
        for (int k = 0; k < rank; k++) {
            index[k] = k == dim ? NDArrayIndex.interval(start, end) : NDArrayIndex.all();
        }
        return index;
    }

    /** Joins tensors along a dimension; all other sizes must agree. Backward hands each part its window. */
    static Tensor cat(int dim, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("cat: nothing to concatenate");
        }
        int d = Shapes.dim(dim, parts[0].rank());
        INDArray[] arrays = new INDArray[parts.length];
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
            arrays[i] = parts[i].data();
        }
        INDArray y = Nd4j.concat(d, arrays);
        return Tensor.result(y, "cat", node -> {
            INDArray g = node.grad();
            long offset = 0;
            for (Tensor part : parts) {
                long width = part.data().size(d);
                if (part.requiresGrad()) {
                    part.gradient().add(g.get(window(g.rank(), d, offset, offset + width)));
                }
                offset += width;
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
        JavaArray x = JavaArray.copyOf(a.data());
        INDArray maskData = mask.type() == DataType.FLOAT || mask.type() == DataType.DOUBLE
                ? mask.data() : mask.data().castTo(DataType.DOUBLE);
        JavaArray m = JavaArray.copyOf(maskData);
        JavaArray y = JavaArray.zeros(a.type(), Shapes.length(shape));
        for (int r = 0, o = 0; r < plan.rows; r++) {
            int i = plan.aStart[r];
            int j = plan.bStart[r];
            for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                y.set(o, m.get(j) != 0 ? value : x.get(i));
            }
        }
        // Filled elements no longer depend on the input: their gradient is zero.
        return Tensor.result(y.toNd4j(shape), "maskedFill", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    if (m.get(j) == 0) {
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
        INDArray keep = Nd4j.rand(a.type(), a.shape()).gt(p).castTo(a.type()).divi(1 - p);
        return Tensor.result(a.data().mul(keep), "dropout", node -> a.gradient().addFresh(node.grad().mul(keep)), a);
    }
}
