package zerotohero.kit.fast;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Numbers in a plain Java array ({@code float[]} or {@code double[]}), to read and write one at a time in a
 * loop: how every op in kit computes, and how an op's output keeps its numbers until someone asks for an
 * ND4J array ({@code Tensor.data()}).
 *
 * <p>Why: every ND4J op is a native call that costs several microseconds, and making an ND4J array for
 * its result costs more than that (native memory, bookkeeping for the garbage collector), before it
 * touches a number. An op such as GELU or layer norm written as a chain of ND4J calls pays that a dozen
 * times; written as one Java loop over Java arrays it pays nothing of the kind. {@link #copyOf} copies an
 * ND4J array's numbers in with one bulk copy, and {@link #toNd4j} / {@link #copyInto} copy them out the
 * same way.
 *
 * <p>Float32 and float64 share the code: loops work in double, and each kind stores its own type.
 */
public abstract sealed class JavaArray { // float32 or float64, the two classes below

    /** How many numbers. */
    public final int length;

    private JavaArray(long length) {
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("arrays of more than 2³¹ − 1 elements are not supported, got " + length);
        }
        this.length = (int) length;
    }

    /** A copy of the numbers of {@code array}, in row-major order. */
    public static JavaArray copyOf(INDArray array) {
        INDArray a = contiguous(array);
        int offset = Math.toIntExact(a.offset());
        return switch (a.dataType()) {
            case FLOAT -> {
                float[] values = new float[Math.toIntExact(a.length())];
                FloatPointer at = floatsAt(a);
                if (at != null) {
                    at.get(values);
                } else {
                    a.data().asNioFloat().get(offset, values);
                }
                yield new Float32(values);
            }
            case DOUBLE -> {
                double[] values = new double[Math.toIntExact(a.length())];
                DoublePointer at = doublesAt(a);
                if (at != null) {
                    at.get(values);
                } else {
                    a.data().asNioDouble().get(offset, values);
                }
                yield new Float64(values);
            }
            default -> throw new IllegalArgumentException("tensors hold float32 or float64 numbers, not "
                    + a.dataType());
        };
    }

    // Bulk copies go through a JavaCPP pointer at the array's first number. ND4J's NIO view of a buffer
    // (asNioFloat) would do the same copy, but JavaCPP works out the element size of ND4J's pointer class
    // (ImmortalFloatPointer) by a map look-up at every call, which took longer than copying a small array:
    // 5-10% of the samples in a profile of 06's training loop, which copies its six parameters in and out at
    // every step. A pointer that does not start at its buffer's first number (none of those seen, but the
    // type allows it) takes the NIO view.

    /** The native float32 numbers of {@code a} from its first one, or null if its buffer's pointer is moved. */
    private static FloatPointer floatsAt(INDArray a) {
        Pointer p = a.data().pointer();
        return p.position() == 0 ? new FloatPointer(p).position(a.offset()) : null;
    }

    /** The native float64 numbers of {@code a} from its first one, or null if its buffer's pointer is moved. */
    private static DoublePointer doublesAt(INDArray a) {
        Pointer p = a.data().pointer();
        return p.position() == 0 ? new DoublePointer(p).position(a.offset()) : null;
    }

    /** {@code length} zeros of a type (FLOAT or DOUBLE), to fill and then turn into an array. */
    public static JavaArray zeros(DataType type, long length) {
        return switch (type) {
            case FLOAT -> new Float32(new float[Math.toIntExact(length)]);
            case DOUBLE -> new Float64(new double[Math.toIntExact(length)]);
            default -> throw new IllegalArgumentException("tensors hold float32 or float64 numbers, not " + type);
        };
    }

    /**
     * Moves numbers in runs, the way every op that moves numbers works (a view, a transpose, a slice,
     * picking rows, concatenation): run r copies the {@code run} numbers from {@code src} at {@code srcAt[r]}
     * to {@code dst} at {@code dstAt[r]}, or adds them there with {@code add} (their backward passes). A null
     * {@code srcAt} or {@code dstAt} means the runs lie one after another: run r starts at r·run. Same-type
     * arrays take {@code System.arraycopy} or a loop the JIT compiler vectorises.
     */
    public static void moveRuns(JavaArray src, int[] srcAt, JavaArray dst, int[] dstAt, int runs, int run,
            boolean add) {
        if (src.isFloat32() && dst.isFloat32()) {
            float[] s = src.floats();
            float[] d = dst.floats();
            for (int r = 0; r < runs; r++) {
                int from = srcAt == null ? r * run : srcAt[r];
                int to = dstAt == null ? r * run : dstAt[r];
                if (add) {
                    for (int i = 0; i < run; i++) {
                        d[to + i] += s[from + i];
                    }
                } else if (run == 1) {
                    d[to] = s[from];
                } else {
                    System.arraycopy(s, from, d, to, run);
                }
            }
        } else if (src.type() == DataType.DOUBLE && dst.type() == DataType.DOUBLE) {
            double[] s = src.doubles();
            double[] d = dst.doubles();
            for (int r = 0; r < runs; r++) {
                int from = srcAt == null ? r * run : srcAt[r];
                int to = dstAt == null ? r * run : dstAt[r];
                if (add) {
                    for (int i = 0; i < run; i++) {
                        d[to + i] += s[from + i];
                    }
                } else {
                    System.arraycopy(s, from, d, to, run);
                }
            }
        } else {
            for (int r = 0; r < runs; r++) {
                int from = srcAt == null ? r * run : srcAt[r];
                int to = dstAt == null ? r * run : dstAt[r];
                for (int i = 0; i < run; i++) {
                    dst.set(to + i, add ? dst.get(to + i) + src.get(from + i) : src.get(from + i));
                }
            }
        }
    }

    /** A copy of these numbers, of the same type. */
    public JavaArray copy() {
        JavaArray c = zeros(type(), length);
        moveRuns(this, null, c, null, 1, length, false);
        return c;
    }

    /** The side of the square tiles {@link #transposeMatrices} works in. */
    private static final int TILE = 16;

    /**
     * Transposes {@code batch} row-major (rows, cols) matrices lying one after another: matrix b of
     * {@code dst} becomes matrix b of {@code src} transposed, dst[b][c][r] = src[b][r][c], or has it added
     * with {@code add} (a transpose's backward pass is the transpose back, added into the gradient). It works
     * in 16 × 16 tiles, so that the side read across rows stays in cache, and needs no index per number, as
     * {@link #moveRuns} with runs of one number would.
     */
    public static void transposeMatrices(JavaArray src, JavaArray dst, int batch, int rows, int cols, boolean add) {
        int size = rows * cols;
        if (src.length != batch * size || dst.length != batch * size) {
            throw new IllegalArgumentException("transposeMatrices: " + batch + " matrices of (" + rows + ", " + cols
                    + ") do not fit arrays of " + src.length + " and " + dst.length + " numbers");
        }
        for (int base = 0; base < batch * size; base += size) {
            for (int r0 = 0; r0 < rows; r0 += TILE) {
                int rEnd = Math.min(rows, r0 + TILE);
                for (int c0 = 0; c0 < cols; c0 += TILE) {
                    int cEnd = Math.min(cols, c0 + TILE);
                    if (src.isFloat32() && dst.isFloat32()) {
                        transposeTile(src.floats(), dst.floats(), base, rows, cols, r0, rEnd, c0, cEnd, add);
                    } else if (src.type() == DataType.DOUBLE && dst.type() == DataType.DOUBLE) {
                        transposeTile(src.doubles(), dst.doubles(), base, rows, cols, r0, rEnd, c0, cEnd, add);
                    } else {
                        for (int c = c0; c < cEnd; c++) {
                            for (int r = r0; r < rEnd; r++) {
                                double v = src.get(base + r * cols + c);
                                int to = base + c * rows + r;
                                dst.set(to, add ? dst.get(to) + v : v);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void transposeTile(float[] s, float[] d, int base, int rows, int cols, int r0, int rEnd, int c0,
            int cEnd, boolean add) {
        for (int c = c0; c < cEnd; c++) {
            int to = base + c * rows;
            int from = base + c;
            if (add) {
                for (int r = r0; r < rEnd; r++) {
                    d[to + r] += s[from + r * cols];
                }
            } else {
                for (int r = r0; r < rEnd; r++) {
                    d[to + r] = s[from + r * cols];
                }
            }
        }
    }

    private static void transposeTile(double[] s, double[] d, int base, int rows, int cols, int r0, int rEnd, int c0,
            int cEnd, boolean add) {
        for (int c = c0; c < cEnd; c++) {
            int to = base + c * rows;
            int from = base + c;
            if (add) {
                for (int r = r0; r < rEnd; r++) {
                    d[to + r] += s[from + r * cols];
                }
            } else {
                for (int r = r0; r < rEnd; r++) {
                    d[to + r] = s[from + r * cols];
                }
            }
        }
    }

    public abstract double get(int i);

    public abstract void set(int i, double value);

    public final void add(int i, double value) {
        set(i, get(i) + value);
    }

    /** The type the numbers are stored in. */
    public abstract DataType type();

    /** Whether the numbers are float32, for a float loop over {@link #floats()}. */
    public final boolean isFloat32() {
        return type() == DataType.FLOAT;
    }

    /** The {@code float[]} itself (not a copy) behind float32 numbers, for loops in float arithmetic. */
    public float[] floats() {
        throw new IllegalStateException("floats(): these numbers are " + type() + ", not FLOAT");
    }

    /** The {@code double[]} itself (not a copy) behind float64 numbers. */
    public double[] doubles() {
        throw new IllegalStateException("doubles(): these numbers are " + type() + ", not DOUBLE");
    }

    /** A new ND4J array of this shape holding these numbers. */
    public INDArray toNd4j(long... shape) {
        INDArray out = Nd4j.createUninitialized(type(), shape);
        if (out.length() != length) {
            throw new IllegalArgumentException("toNd4j: shape " + java.util.Arrays.toString(shape) + " does not hold "
                    + length + " numbers");
        }
        copyInto(out);
        return out;
    }

    /** Writes these numbers over those of {@code array}: same type, same length, contiguous row-major. */
    public abstract void copyInto(INDArray array);

    /** True if the numbers lie one after the other in row-major order (sizes of 1 may have any stride). */
    public static boolean isContiguous(INDArray a) {
        if (a.isEmpty()) {
            return false;
        }
        long[] shape = a.shape();
        long[] stride = a.stride();
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** The array itself if it is contiguous and row-major, else a row-major copy. */
    public static INDArray contiguous(INDArray a) {
        return isContiguous(a) ? a : a.dup('c');
    }

    private void checkTarget(INDArray array) {
        if (array.dataType() != type() || array.length() != length || !isContiguous(array)) {
            throw new IllegalArgumentException("copyInto: needs a contiguous " + type() + " array of " + length
                    + " numbers, got " + array.dataType() + " " + java.util.Arrays.toString(array.shape()));
        }
    }

    /** Float32 numbers, in a {@code float[]}. */
    private static final class Float32 extends JavaArray {
        private final float[] values;

        Float32(float[] values) {
            super(values.length);
            this.values = values;
        }

        @Override
        public float[] floats() {
            return values;
        }

        @Override
        public double get(int i) {
            return values[i];
        }

        @Override
        public void set(int i, double value) {
            values[i] = (float) value;
        }

        @Override
        public DataType type() {
            return DataType.FLOAT;
        }

        @Override
        public void copyInto(INDArray array) {
            super.checkTarget(array);
            FloatPointer at = floatsAt(array);
            if (at != null) {
                at.put(values);
            } else {
                array.data().asNioFloat().put(Math.toIntExact(array.offset()), values);
            }
        }
    }

    /** Float64 numbers, in a {@code double[]}. */
    private static final class Float64 extends JavaArray {
        private final double[] values;

        Float64(double[] values) {
            super(values.length);
            this.values = values;
        }

        @Override
        public double[] doubles() {
            return values;
        }

        @Override
        public double get(int i) {
            return values[i];
        }

        @Override
        public void set(int i, double value) {
            values[i] = value;
        }

        @Override
        public DataType type() {
            return DataType.DOUBLE;
        }

        @Override
        public void copyInto(INDArray array) {
            super.checkTarget(array);
            DoublePointer at = doublesAt(array);
            if (at != null) {
                at.put(values);
            } else {
                array.data().asNioDouble().put(Math.toIntExact(array.offset()), values);
            }
        }
    }
}
