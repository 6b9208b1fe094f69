package zerotohero.backprop;

import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How a hand-written gradient compares with autograd's, the three facts the lecture prints for each
 * tensor: are they <em>exactly</em> equal, are they <em>approximately</em> equal (every element within
 * {@code ATOL + RTOL·|expected|}, NumPy's {@code allclose}), and the largest absolute difference.
 * Shapes must match exactly: a (64) where a (1, 64) is expected is a different tensor, even if the
 * numbers agree, so it is reported as such (the numbers are still compared, in order, when the counts
 * agree).
 *
 * @param name the gradient's name, e.g. "dprobs"
 * @param expectedShape the shape autograd's gradient has
 * @param actualShape the shape of yours (null if you did not compute it)
 * @param exact every element equal, and the shapes equal
 * @param approximate allclose, and the shapes equal
 * @param maxDiff the largest |actual − expected| (NaN if the element counts differ or it is missing)
 */
public record Compare(String name, long[] expectedShape, long[] actualShape, boolean exact, boolean approximate,
        double maxDiff) {

    public static final double RTOL = 1e-5;
    public static final double ATOL = 1e-8;

    public static Compare of(String name, INDArray expected, INDArray actual) {
        long[] want = expected.shape();
        if (actual == null) {
            return new Compare(name, want, null, false, false, Double.NaN);
        }
        long[] got = actual.shape();
        if (expected.length() != actual.length()) {
            return new Compare(name, want, got, false, false, Double.NaN);
        }
        double[] e = expected.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] a = actual.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        boolean exact = true;
        boolean close = true;
        double max = 0;
        for (int i = 0; i < e.length; i++) {
            double d = Math.abs(a[i] - e[i]);
            if (Double.isNaN(d)) {
                max = Double.NaN;
                exact = false;
                close = false;
                break;
            }
            max = Math.max(max, d);
            exact &= a[i] == e[i];
            close &= d <= ATOL + RTOL * Math.abs(e[i]);
        }
        boolean sameShape = Arrays.equals(want, got);
        return new Compare(name, want, got, exact && sameShape, close && sameShape, max);
    }

    /** Whether the shapes are the same. */
    public boolean sameShape() {
        return Arrays.equals(expectedShape, actualShape);
    }

    /** One line, as the lecture prints it: name, exact, approximate, max difference (and shapes if they differ). */
    @Override
    public String toString() {
        String line = String.format(Locale.ROOT, "%-14s | exact: %-5s | approximate: %-5s | maxdiff: %.3g", name,
                exact, approximate, maxDiff);
        if (actualShape == null) {
            return line + " | not computed (null)";
        }
        return sameShape() ? line : line + " | shape " + Arrays.toString(actualShape) + ", expected "
                + Arrays.toString(expectedShape);
    }
}
