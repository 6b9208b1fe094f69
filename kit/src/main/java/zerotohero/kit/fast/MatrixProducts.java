package zerotohero.kit.fast;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Matrix products through OpenBLAS's {@code cblas_sgemm} and {@code cblas_dgemm}, the same library ND4J
 * calls. Going straight there skips ND4J's op machinery, which for row-major matrices also copies the
 * operands into column-major order first (for a 32×30 by 30×200 product that overhead was half the time,
 * 15 µs against 31 µs on the benchmark machine), and it lets the operands be Java arrays, which is where
 * an op's numbers live.
 *
 * <p>BLAS computes {@code c ← alpha·op(a)·op(b) + beta·c}, op being an optional transpose that costs
 * nothing (BLAS reads the matrix the other way). Two uses of it matter here: a product into a new array
 * (beta = 0), and a product added into a gradient in place (beta = 1), which is how {@link Gradient} takes
 * a matrix product's contribution without a temporary array.
 */
public final class MatrixProducts {

    private MatrixProducts() {}

    /**
     * c ← op(a)·op(b) + beta·c, with beta 0 or 1, for a batch of row-major matrices held in Java arrays,
     * one after another: each op(a) is (m, k), op(b) is (k, n) and c is (m, n); {@code batch} matrices of
     * each (a batch of 1 is one product). {@code sharedB} multiplies every matrix of a by the one matrix b.
     *
     * <p>BLAS reads native memory, so the numbers pass through a scratch buffer of this thread: one bulk
     * copy in for each operand, one out for c. That is a few microseconds for the small matrices of the
     * early lessons, where making an ND4J array for each product would cost ten times more.
     */
    public static void gemm(JavaArray a, JavaArray b, JavaArray c, int batch, int m, int n, int k, boolean transposeA,
            boolean transposeB, boolean sharedB, double beta) {
        if (beta != 0 && beta != 1) {
            throw new IllegalArgumentException("gemm: beta is 0 (c is written) or 1 (c is added to), not " + beta);
        }
        gemm(a, b, beta == 0 ? null : c, c, batch, m, n, k, transposeA, transposeB, sharedB);
    }

    /**
     * c ← op(a)·op(b) + addend, as {@link #gemm(JavaArray, JavaArray, JavaArray, int, int, int, int, boolean,
     * boolean, boolean, double)} with beta = 1, but starting from another array's numbers (a null addend is
     * zeros): a gradient whose numbers it shares with another gets its sum in numbers of its own, without
     * copying the shared ones first. The addend may be c itself.
     */
    public static void gemm(JavaArray a, JavaArray b, JavaArray addend, JavaArray c, int batch, int m, int n, int k,
            boolean transposeA, boolean transposeB, boolean sharedB) {
        if (a.type() != c.type() || b.type() != c.type() || (addend != null && addend.type() != c.type())) {
            throw new IllegalArgumentException("gemm: types differ (" + a.type() + ", " + b.type() + ", "
                    + (addend == null ? "" : addend.type() + ", ") + c.type() + ")");
        }
        long aSize = (long) m * k;
        long bSize = (long) k * n;
        long cSize = (long) m * n;
        if (a.length != batch * aSize || b.length != (sharedB ? 1 : batch) * bSize || c.length != batch * cSize
                || (addend != null && addend.length != c.length)) {
            throw new IllegalArgumentException("gemm: " + batch + " products of (" + m + ", " + k + ") by (" + k + ", "
                    + n + ") do not fit arrays of " + a.length + ", " + b.length + " and " + c.length + " numbers"
                    + (addend == null ? "" : " (the addend: " + addend.length + ")"));
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
            if (addend != null) {
                pc.put(addend.floats());
            }
            for (long i = 0; i < batch; i++) {
                openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, 1f,
                        pa.position(i * aSize), lda, pb.position(a.length + i * bStep), ldb, addend == null ? 0f : 1f,
                        pc.position(a.length + (long) b.length + i * cSize), n);
            }
            pc.position(a.length + (long) b.length).get(c.floats());
        } else {
            DoublePointer scratch = Scratch.doubles(a.length + (long) b.length + c.length);
            DoublePointer pa = new DoublePointer(scratch).position(0).put(a.doubles());
            DoublePointer pb = new DoublePointer(scratch).position(a.length).put(b.doubles());
            DoublePointer pc = new DoublePointer(scratch).position(a.length + (long) b.length);
            if (addend != null) {
                pc.put(addend.doubles());
            }
            for (long i = 0; i < batch; i++) {
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, 1.0,
                        pa.position(i * aSize), lda, pb.position(a.length + i * bStep), ldb, addend == null ? 0 : 1,
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
}
