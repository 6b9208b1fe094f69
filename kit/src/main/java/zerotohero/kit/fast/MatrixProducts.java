package zerotohero.kit.fast;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products through OpenBLAS's {@code cblas_sgemm} and {@code cblas_dgemm}, the same library ND4J
 * calls. Going straight there skips ND4J's op machinery, which for row-major matrices also copies the
 * operands into column-major order first: for a 32×30 by 30×200 product that overhead is half the time
 * (15 µs against 31 µs on the benchmark machine); for large products it makes no difference.
 *
 * <p>BLAS computes {@code c ← alpha·op(a)·op(b) + beta·c}, op being an optional transpose that costs
 * nothing (BLAS reads the matrix the other way). Two uses of it matter here: a product into a new array
 * (beta = 0), and a product added into a gradient in place (beta = 1), which is how {@link Gradient} takes
 * a matrix product's contribution without a temporary array.
 */
public final class MatrixProducts {

    private MatrixProducts() {}

    /** op(a) @ op(b) into a new row-major array, for 2-D arrays of one type (FLOAT or DOUBLE). */
    public static INDArray multiply(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        long rows = transposeA ? a.size(1) : a.size(0);
        long cols = transposeB ? b.size(0) : b.size(1);
        INDArray c = Nd4j.createUninitialized(a.dataType(), rows, cols);
        gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        return c;
    }

    /**
     * c += op(a) @ op(b), in place: c must be contiguous, row-major and start at its buffer's start
     * ({@link #plain} makes it so).
     */
    public static void addProduct(INDArray c, INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        gemm(a, b, c, transposeA, transposeB, 1.0, 1.0);
    }

    /**
     * The products of two batches of matrices, pairwise: a (..., n, k) and b (..., k, m), both {@link #plain},
     * give y (..., n, m) with y[i] = a[i] @ b[i]; one BLAS call per matrix.
     */
    public static INDArray multiplyEach(INDArray a, INDArray b) {
        long[] shape = a.shape().clone();
        shape[shape.length - 1] = b.size(b.rank() - 1);
        INDArray y = Nd4j.createUninitialized(a.dataType(), shape);
        batchedGemm(a, b, y, false, false, 0.0);
        return y;
    }

    /** c[i] += op(a[i]) @ op(b[i]) for each matrix of the batches, in place (c as for {@link #addProduct}). */
    public static void addProductOfEach(INDArray c, INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        batchedGemm(a, b, c, transposeA, transposeB, 1.0);
    }

    /**
     * c ← op(a)·op(b) + beta·c for a batch of row-major matrices held in Java arrays, one after another:
     * each op(a) is (m, k), op(b) is (k, n) and c is (m, n); {@code batch} matrices of each (a batch of 1
     * is one product). {@code sharedB} multiplies every matrix of a by the one matrix b.
     *
     * <p>BLAS reads native memory, so the numbers pass through a scratch buffer of this thread: one bulk
     * copy in for each operand, one out for c. That is a few microseconds for the small matrices of the
     * early lessons, where making an ND4J array for each product would cost ten times more.
     */
    public static void gemm(JavaArray a, JavaArray b, JavaArray c, int batch, int m, int n, int k, boolean transposeA,
            boolean transposeB, boolean sharedB, double beta) {
        if (a.type() != c.type() || b.type() != c.type()) {
            throw new IllegalArgumentException("gemm: types differ (" + a.type() + ", " + b.type() + ", " + c.type() + ")");
        }
        long aSize = (long) m * k;
        long bSize = (long) k * n;
        long cSize = (long) m * n;
        if (a.length != batch * aSize || b.length != (sharedB ? 1 : batch) * bSize || c.length != batch * cSize) {
            throw new IllegalArgumentException("gemm: " + batch + " products of (" + m + ", " + k + ") by (" + k + ", "
                    + n + ") do not fit arrays of " + a.length + ", " + b.length + " and " + c.length + " numbers");
        }
        int ta = transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        long bStep = sharedB ? 0 : bSize;
        if (c.isFloat32()) {
            FloatPointer scratch = Scratch.floats(a.length + (long) b.length + c.length);
            FloatPointer pa = new FloatPointer(scratch).position(0).put(a.floats());
            FloatPointer pb = new FloatPointer(scratch).position(a.length).put(b.floats());
            FloatPointer pc = new FloatPointer(scratch).position(a.length + (long) b.length);
            if (beta != 0) {
                pc.put(c.floats());
            }
            for (long i = 0; i < batch; i++) {
                openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, 1f,
                        pa.position(i * aSize), lda, pb.position(a.length + i * bStep), ldb, (float) beta,
                        pc.position(a.length + (long) b.length + i * cSize), n);
            }
            pc.position(a.length + (long) b.length).get(c.floats());
        } else {
            DoublePointer scratch = Scratch.doubles(a.length + (long) b.length + c.length);
            DoublePointer pa = new DoublePointer(scratch).position(0).put(a.doubles());
            DoublePointer pb = new DoublePointer(scratch).position(a.length).put(b.doubles());
            DoublePointer pc = new DoublePointer(scratch).position(a.length + (long) b.length);
            if (beta != 0) {
                pc.put(c.doubles());
            }
            for (long i = 0; i < batch; i++) {
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, 1.0,
                        pa.position(i * aSize), lda, pb.position(a.length + i * bStep), ldb, beta,
                        pc.position(a.length + (long) b.length + i * cSize), n);
            }
            pc.position(a.length + (long) b.length).get(c.doubles());
        }
    }

    /** Each thread's native scratch memory for {@link #gemm}, grown when a product needs more. */
    private static final class Scratch {
        private static final ThreadLocal<FloatPointer> FLOATS = new ThreadLocal<>();
        private static final ThreadLocal<DoublePointer> DOUBLES = new ThreadLocal<>();

        static FloatPointer floats(long length) {
            FloatPointer p = FLOATS.get();
            if (p == null || p.capacity() < length) {
                p = new FloatPointer(Math.max(length, 1 << 16));
                FLOATS.set(p);
            }
            return p;
        }

        static DoublePointer doubles(long length) {
            DoublePointer p = DOUBLES.get();
            if (p == null || p.capacity() < length) {
                p = new DoublePointer(Math.max(length, 1 << 15));
                DOUBLES.set(p);
            }
            return p;
        }
    }

    /** The array if it is contiguous, row-major and starts at its buffer's start, else such a copy. */
    public static INDArray plain(INDArray x) {
        return JavaArray.isContiguous(x) && x.offset() == 0 ? x : x.dup('c');
    }

    /**
     * c ← alpha·op(a)·op(b) + beta·c for 2-D arrays of one type (FLOAT or DOUBLE). c must be contiguous and
     * row-major; a and b are copied first if they are not.
     */
    static void gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double alpha,
            double beta) {
        a = plain(a);
        b = plain(b);
        if (!JavaArray.isContiguous(c) || c.offset() != 0) {
            throw new IllegalArgumentException("gemm: the output must be a contiguous row-major array");
        }
        int m = (int) c.size(0);
        int n = (int) c.size(1);
        int k = (int) (transposeA ? a.size(0) : a.size(1));
        int lda = (int) a.size(1);
        int ldb = (int) b.size(1);
        int ta = transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        if (c.dataType() == DataType.FLOAT) {
            openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, (float) alpha,
                    (FloatPointer) a.data().addressPointer(), lda, (FloatPointer) b.data().addressPointer(), ldb,
                    (float) beta, (FloatPointer) c.data().addressPointer(), n);
        } else if (c.dataType() == DataType.DOUBLE) {
            openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, alpha,
                    (DoublePointer) a.data().addressPointer(), lda, (DoublePointer) b.data().addressPointer(), ldb,
                    beta, (DoublePointer) c.data().addressPointer(), n);
        } else {
            throw new IllegalArgumentException("gemm: float32 or float64 matrices, not " + c.dataType());
        }
    }

    /**
     * The same for batches: a (..., n, k), b (..., k, m) and c (..., n, m) hold matrices one after another
     * (each contiguous and row-major, as {@link #plain} makes them), and c[i] ← op(a[i])·op(b[i]) + beta·c[i]
     * for each i. The shapes give the matrices' sizes after the optional transposes.
     */
    static void batchedGemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double beta) {
        a = plain(a);
        b = plain(b);
        if (!JavaArray.isContiguous(c) || c.offset() != 0) {
            throw new IllegalArgumentException("batchedGemm: the output must be a contiguous row-major array");
        }
        int rank = c.rank();
        int n = (int) c.size(rank - 2);
        int m = (int) c.size(rank - 1);
        int k = (int) (transposeA ? a.size(rank - 2) : a.size(rank - 1));
        long batch = c.length() / ((long) n * m);
        int lda = (int) a.size(rank - 1);
        int ldb = (int) b.size(rank - 1);
        int ta = transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        long aSize = (long) n * k;
        long bSize = (long) k * m;
        long cSize = (long) n * m;
        if (c.dataType() == DataType.FLOAT) {
            FloatPointer pa = new FloatPointer(a.data().addressPointer());
            FloatPointer pb = new FloatPointer(b.data().addressPointer());
            FloatPointer pc = new FloatPointer(c.data().addressPointer());
            for (long i = 0; i < batch; i++) {
                openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, n, m, k, 1f,
                        pa.position(i * aSize), lda, pb.position(i * bSize), ldb, (float) beta,
                        pc.position(i * cSize), m);
            }
        } else if (c.dataType() == DataType.DOUBLE) {
            DoublePointer pa = new DoublePointer(a.data().addressPointer());
            DoublePointer pb = new DoublePointer(b.data().addressPointer());
            DoublePointer pc = new DoublePointer(c.data().addressPointer());
            for (long i = 0; i < batch; i++) {
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, n, m, k, 1.0,
                        pa.position(i * aSize), lda, pb.position(i * bSize), ldb, beta, pc.position(i * cSize), m);
            }
        } else {
            throw new IllegalArgumentException("batchedGemm: float32 or float64 matrices, not " + c.dataType());
        }
    }
}
