package zerotohero.kit.fast;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A tensor's gradient while backward adds contributions into it: micrograd's {@code grad += ...}, for
 * arrays. Every backward closure adds through one of these, which {@code Tensor.gradient()} hands out.
 *
 * <p>A contribution comes in one of four ways, and the gradient is kept in whichever form suits the last
 * one, so that nothing is converted twice:
 * <ul>
 *   <li>number by number, from a backward loop: {@code dx = gradient.numbers(); dx.add(i, ...)}. The
 *       numbers are Java's ({@link JavaArray}), and stay so until someone needs an ND4J array; most
 *       intermediate gradients never become one;</li>
 *   <li>a whole array: {@link #add} (or {@link #addFresh} for an array made for this gradient alone, which
 *       is then kept without a copy);</li>
 *   <li>a matrix product: {@link #addProduct}, which BLAS adds straight into the numbers (beta = 1) instead
 *       of computing the product apart and adding it;</li>
 *   <li>another gradient passed on unchanged (a view's, a sum's): {@link #addAll}, which keeps that
 *       gradient's numbers, shared, until something else is added.</li>
 * </ul>
 * A closure reads its own node's gradient with {@link #values()}, which never copies. Every way adds each
 * element once, in float32 or float64 arithmetic as the tensor's type says, so the form makes no
 * difference to the numbers.
 */
public final class Gradient {

    private final DataType type;
    private final long[] shape;
    // At most one of the two holds the gradient's numbers at a time, except that `numbers` may start as
    // a copy of `array`, to be written back into it by array().
    private INDArray array;
    private JavaArray numbers;
    // Whether `numbers` is another gradient's array too (see addAll): numbers() copies it before a write.
    private boolean shared;

    /** An empty gradient (no contribution yet) for a tensor of this type and shape. */
    public Gradient(DataType type, long[] shape) {
        this.type = type;
        this.shape = shape;
    }

    /** Whether nothing has been added yet. */
    public boolean isEmpty() {
        return array == null && numbers == null;
    }

    /**
     * The gradient as numbers for a backward loop to read and add into ({@code dx.add(i, ...)}); zeros if
     * nothing was added yet. Asking twice gives the same numbers, so {@code a + a} gets both contributions.
     */
    public JavaArray numbers() {
        if (numbers == null) {
            numbers = array == null ? JavaArray.zeros(type, length()) : JavaArray.copyOf(array);
        } else if (shared) { // about to be written into: from now on, numbers of its own
            numbers = numbers.copy();
            shared = false;
        }
        return numbers;
    }

    /**
     * The gradient as numbers to read, never to write into: a backward closure reading its own node's
     * gradient. Unlike {@link #numbers()} it does not copy numbers shared with another gradient.
     */
    public JavaArray values() {
        return numbers != null ? numbers : numbers();
    }

    /**
     * += g, a whole gradient of this one's type and length (a view's or a sum's, which pass their gradient
     * on unchanged). The first contribution is kept as it is, shared with the gradient it came from, and
     * copied only if another contribution comes: a chain of views and residual additions passes one array
     * along instead of copying it at each step.
     */
    public void addAll(JavaArray g) {
        if (g.type() != type || g.length != length()) {
            throw new IllegalArgumentException("addAll: a gradient of " + g.length + " " + g.type()
                    + " numbers cannot add into one of " + length() + " " + type);
        }
        if (isEmpty()) {
            numbers = g;
            shared = true;
        } else {
            JavaArray.moveRuns(g, null, numbers(), null, 1, g.length, true);
        }
    }

    /** The gradient as an ND4J array, or null if nothing was added. */
    public INDArray array() {
        if (numbers != null) {
            if (array != null && JavaArray.isContiguous(array)) {
                numbers.copyInto(array); // the numbers started as a copy of the array: write them back
            } else {
                array = numbers.toNd4j(shape);
            }
            numbers = null;
            shared = false;
        }
        return array;
    }

    /** += g, an array of this gradient's shape, which is left alone (the first contribution is copied). */
    public void add(INDArray g) {
        g = ofThisType(g);
        if (numbers != null) {
            addToNumbers(g);
        } else if (array == null) {
            array = g.dup('c');
        } else {
            array.addi(g);
        }
    }

    /**
     * += g, for an array the op made for this gradient alone: if it is the first contribution it becomes
     * the gradient, without a copy.
     */
    public void addFresh(INDArray g) {
        g = ofThisType(g);
        if (numbers != null) {
            addToNumbers(g);
        } else if (array == null) {
            array = g.isView() || g.ordering() != 'c' ? g.dup('c') : g;
        } else {
            array.addi(g);
        }
    }

    /**
     * A contribution to every number, for a loop that writes {@code into[i] = start[i] + contribution(i)}:
     * {@code into} is this gradient's numbers, {@code start} what they held before, null if nothing was
     * added yet (zeros). The two are the same array unless the gradient shared its numbers with another
     * (see {@link #addAll}): then the sum goes into numbers of its own, with no copy of the shared ones
     * first.
     */
    public record Addition(JavaArray start, JavaArray into) {}

    /** Where a contribution to every number goes (see {@link Addition}). */
    public Addition addition() {
        JavaArray start = isEmpty() ? null : values();
        if (shared) {
            numbers = JavaArray.zeros(type, length());
            shared = false;
        }
        return new Addition(start, numbers());
    }

    /**
     * += op(a) @ op(b) for matrices in Java arrays, as {@link MatrixProducts#gemm} takes them: this gradient
     * holds {@code batch} (m, n) matrices. BLAS adds the products straight into the numbers (beta = 1), or
     * writes them if nothing was added yet.
     */
    public void addProduct(JavaArray a, JavaArray b, int batch, int m, int n, int k, boolean transposeA,
            boolean transposeB, boolean sharedB) {
        Addition sum = addition();
        MatrixProducts.gemm(a, b, sum.start(), sum.into(), batch, m, n, k, transposeA, transposeB, sharedB);
    }

    /** A contribution of another type (a custom op may return one) in this gradient's type. */
    private INDArray ofThisType(INDArray g) {
        return g.dataType() == type ? g : g.castTo(type);
    }

    private void addToNumbers(INDArray g) {
        JavaArray from = JavaArray.copyOf(g);
        JavaArray to = numbers();
        for (int i = 0; i < from.length; i++) {
            to.add(i, from.get(i));
        }
    }

    private long length() {
        long n = 1;
        for (long size : shape) {
            n *= size;
        }
        return n;
    }
}
