package zerotohero.backprop;

import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.opentest4j.AssertionFailedError;

/**
 * Compares a hand-written gradient with autograd's through {@link Compare}, and when they differ, says
 * what the difference usually means: a missing keepdim, a missing sum over a broadcast dimension, a
 * factor of n or n/(n − 1), a flipped sign.
 */
final class GradientAssert {

    private GradientAssert() {
    }

    /** A tensor's numbers as an ND4J array for {@link #matches}, or null for a null tensor. */
    static INDArray numbers(zerotohero.kit.Tensor t) {
        return t == null ? null : t.data();
    }

    /**
     * Fails unless {@code actual} has exactly the shape of {@code expected} and every element is within
     * {@code tolerance}. The message names the tensor, both shapes, the max difference, and {@code hint}.
     */
    static void matches(String name, INDArray expected, INDArray actual, double tolerance, int n, String hint) {
        Compare c = Compare.of(name, expected, actual);
        String head = String.format(Locale.ROOT, "%s: expected shape %s, got %s; max difference %s (tolerance %.0e)",
                name, Arrays.toString(expected.shape()), actual == null ? "null" : Arrays.toString(actual.shape()),
                Double.isNaN(c.maxDiff()) ? "n/a" : String.format(Locale.ROOT, "%.3g", c.maxDiff()), tolerance);
        if (actual == null) {
            throw new AssertionFailedError(head + ". " + name + " is null: it has not been computed yet (the fields are "
                    + "filled in order; everything before it must be set first).");
        }
        if (!c.sameShape()) {
            throw new AssertionFailedError(head + ". " + shapeAdvice(name, expected.shape(), actual.shape()));
        }
        if (Double.isNaN(c.maxDiff()) || c.maxDiff() > tolerance) {
            throw new AssertionFailedError(head + " [" + c + "]. " + valueAdvice(expected, actual, n)
                    + (hint.isBlank() ? "" : " " + hint), expected.toString(), actual.toString());
        }
    }

    static String shapeAdvice(String name, long[] want, long[] got) {
        long wantCount = Arrays.stream(want).reduce(1, (a, b) -> a * b);
        long gotCount = Arrays.stream(got).reduce(1, (a, b) -> a * b);
        String tensor = name.substring(1);
        if (wantCount == gotCount && want.length == 2 && got.length == 1) {
            return "The numbers may be right but the shape is not: " + tensor + " is a (1, " + want[1] + ") row, so its "
                    + "gradient must be one too. A sum over the rows drops that dimension unless you keep it: "
                    + "sum(true, 0) (keepdim), not sum(false, 0).";
        }
        if (wantCount == gotCount && want.length == 1 && got.length == 2) {
            return "The numbers may be right but the shape is not: " + tensor + " is a plain vector of " + want[0]
                    + ", so its gradient must be one too, not a (1, " + want[0] + ") row: sum(false, 0), without "
                    + "keepdim. (Added to the parameter, a row where a vector belongs broadcasts into the wrong shape.)";
        }
        if (gotCount > wantCount && got.length == want.length) {
            for (int d = 0; d < want.length; d++) {
                if (want[d] == 1 && got[d] > 1) {
                    return "In the forward pass " + tensor + " (shape " + Arrays.toString(want) + ") was broadcast "
                            + "along dimension " + d + ", copied " + got[d] + " times. Each copy passed its own "
                            + "gradient back, so " + name + " is their sum: sum over dimension " + d
                            + " with keepdim, sum(true, " + d + ").";
                }
            }
        }
        if (gotCount > wantCount && got.length > want.length) {
            return "The forward pass broadcast " + tensor + " (shape " + Arrays.toString(want) + ") over more "
                    + "dimensions: sum the gradient over the dimensions it was copied along, so that it has the shape "
                    + "of " + tensor + ".";
        }
        return "A gradient always has the shape of its tensor: " + Arrays.toString(want) + ".";
    }

    /**
     * When the answer is a constant multiple of the expected one, the constant gives the mistake away.
     */
    static String valueAdvice(INDArray expected, INDArray actual, int n) {
        double[] e = expected.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] a = actual.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double ee = 0;
        double ea = 0;
        double scale = 0;
        for (int i = 0; i < e.length; i++) {
            ee += e[i] * e[i];
            ea += e[i] * a[i];
            scale = Math.max(scale, Math.abs(e[i]));
        }
        if (ee == 0) {
            return "The expected gradient is zero everywhere.";
        }
        double r = ea / ee;
        double residual = 0;
        for (int i = 0; i < e.length; i++) {
            residual = Math.max(residual, Math.abs(a[i] - r * e[i]));
        }
        if (residual > 1e-6 * scale) {
            return "The numbers differ, not just by a constant factor.";
        }
        String factor = String.format(Locale.ROOT, "Yours is %.6g times the expected gradient: ", r);
        if (near(r, n)) {
            return factor + "n = " + n + " times too large. The loss is a mean over the batch, so every gradient "
                    + "carries a 1/n: did you forget to divide by n?";
        }
        if (near(r, 1.0 / n)) {
            return factor + "n = " + n + " times too small: a 1/n too many (is a mean taken twice?).";
        }
        if (near(r, (n - 1.0) / n) || near(r, (double) n / (n - 1))) {
            return factor + "a factor of n/(n − 1) or its inverse. The batch variance here is Bessel-corrected: it "
                    + "divides by n − 1, not n (the mean still divides by n).";
        }
        if (near(r, -1)) {
            return factor + "the sign is flipped.";
        }
        if (near(r, 2) || near(r, 0.5)) {
            return factor + "off by two: a contribution counted twice, or one of two paths missing, or the 2 of "
                    + "d(x²)/dx (or the ½ of the square root) lost.";
        }
        return factor + "a constant factor is wrong.";
    }

    private static boolean near(double r, double target) {
        return Math.abs(r - target) <= 1e-6 * Math.abs(target);
    }
}
