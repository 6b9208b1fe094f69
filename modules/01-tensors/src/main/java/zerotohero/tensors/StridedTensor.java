package zerotohero.tensors;

import java.util.Arrays;
import zerotohero.kit.Todo;

/**
 * A tensor the way tensor libraries store one: a flat array of numbers (the storage) and a recipe for
 * finding element {@code [i, j, k, ...]} in it, {@code offset + i·strides[0] + j·strides[1] + ...}.
 *
 * <p>Transposing, slicing and broadcasting change only the recipe (shape, strides, offset), never the
 * numbers: they return views that share this tensor's storage. Only {@link #contiguous()} copies.
 */
public final class StridedTensor {

    private final float[] storage;
    private final int[] shape;
    private final int[] strides;
    private final int offset;

    StridedTensor(float[] storage, int[] shape, int[] strides, int offset) {
        if (shape.length != strides.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " and strides "
                    + Arrays.toString(strides) + " must have the same length");
        }
        this.storage = storage;
        this.shape = shape.clone();
        this.strides = strides.clone();
        this.offset = offset;
    }

    /** A contiguous (row-major) tensor of the given shape over {@code data}, which it shares, not copies. */
    public static StridedTensor of(float[] data, int... shape) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " elements but the data has " + data.length);
        }
        return new StridedTensor(data, shape, contiguousStrides(shape), 0);
    }

    public int[] shape() {
        return shape.clone();
    }

    public int[] strides() {
        return strides.clone();
    }

    public int offset() {
        return offset;
    }

    /** The number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** The number of elements: the product of the shape (1 for a scalar). */
    public int size() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Whether this view and {@code other} read the same array of numbers. */
    public boolean sharesStorageWith(StridedTensor other) {
        return storage == other.storage;
    }

    // ---- 01.2 strides and indexing ----------------------------------------------------------------------

    /**
     * The strides of a row-major tensor of this shape: the last dimension moves by 1, each earlier one by
     * the product of the sizes after it. Shape (2, 3, 4) has strides (12, 4, 1).
     */
    public static int[] contiguousStrides(int... shape) {
        throw new Todo("01.2");
    }

    /**
     * Element {@code [index[0], index[1], ...]}: storage[offset + Σ index[d]·strides[d]].
     *
     * @throws IllegalArgumentException if the number of indices is not the rank; the message names both
     * @throws IndexOutOfBoundsException if an index is negative or not below its dimension's size; the
     *     message names the index, the dimension and its size
     */
    public float get(int... index) {
        throw new Todo("01.2");
    }

    // ---- 01.3 views: transpose and slice ------------------------------------------------------------------

    /**
     * The view with dimensions {@code d0} and {@code d1} swapped: swap their sizes and their strides.
     *
     * @throws IndexOutOfBoundsException if {@code d0} or {@code d1} is not a dimension of this tensor; the
     *     message names it ({@code checkDim} does both)
     */
    public StridedTensor transpose(int d0, int d1) {
        throw new Todo("01.3");
    }

    /**
     * The view of indices {@code start} (inclusive) to {@code end} (exclusive) along {@code dim}: the
     * offset moves to the first kept element, the size shrinks, the strides stay.
     *
     * @throws IndexOutOfBoundsException if {@code dim} is not a dimension of this tensor, or the range
     *     does not fit in it ({@code start < 0}, {@code end > size}, or {@code start > end})
     */
    public StridedTensor slice(int dim, int start, int end) {
        throw new Todo("01.3");
    }

    // ---- 01.4 contiguity, copies and views of a new shape ----------------------------------------------

    /**
     * Whether the elements lie in storage in row-major order with no gaps, i.e. the strides are the
     * contiguous strides of the shape (dimensions of size 1 may have any stride: they are never stepped).
     */
    public boolean isContiguous() {
        throw new Todo("01.4");
    }

    /** A contiguous copy with the same elements in row-major order; this tensor itself if already contiguous. */
    public StridedTensor contiguous() {
        throw new Todo("01.4");
    }

    /**
     * The same elements, read in row-major order, seen with a new shape of the same size, sharing storage.
     *
     * @throws IllegalArgumentException if the new shape holds a different number of elements; the message
     *     names both shapes and both sizes (e.g. 24 elements cannot be seen as (5, 5))
     * @throws IllegalStateException if this tensor is not contiguous: its row-major order is not the
     *     storage order, so no strides could express the new shape; call {@link #contiguous()} first
     */
    public StridedTensor view(int... newShape) {
        throw new Todo("01.4");
    }

    // ---- 01.5 broadcasting as a view ------------------------------------------------------------------

    /**
     * This tensor stretched to {@code target} by the broadcasting rules, without copying: a new leading
     * dimension, or a dimension of size 1 stretched to n, gets stride 0, so every index along it reads the
     * same element.
     *
     * @throws IllegalArgumentException if this shape does not broadcast to {@code target}, including a
     *     target with fewer dimensions; the message names both shapes
     */
    public StridedTensor broadcastTo(int... target) {
        throw new Todo("01.5");
    }

    /** All elements in row-major order, as a new array. */
    public float[] toArray() {
        return contiguous() == this ? Arrays.copyOfRange(storage, offset, offset + size()) : contiguous().storage.clone();
    }

    private void checkDim(int dim) {
        if (dim < 0 || dim >= shape.length) {
            throw new IndexOutOfBoundsException("dimension " + dim + " does not exist in a rank-" + shape.length + " tensor");
        }
    }

    private static long[] toLong(int[] xs) {
        return Arrays.stream(xs).asLongStream().toArray();
    }

    @Override
    public String toString() {
        return "StridedTensor(shape=" + Arrays.toString(shape) + ", strides=" + Arrays.toString(strides)
                + ", offset=" + offset + ")";
    }
}
