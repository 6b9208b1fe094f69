package zerotohero.batchnorm;

import zerotohero.kit.Tensor;

/**
 * How many tanh outputs sit on the flat tails, where the local gradient 1 − t² is nearly zero and the
 * gradient flowing back through the unit all but stops.
 */
public final class Saturation {

    /** The lecture's threshold: |t| > 0.97 counts as saturated. */
    public static final double THRESHOLD = 0.97;

    private Saturation() {
    }

    /** Exercise 06.2: the fraction of the elements of {@code t} with |t| > threshold (0 for an empty tensor). */
    public static double fraction(Tensor t, double threshold) {
        double[] v = t.data().ravel().toDoubleVector();
        if (v.length == 0) {
            return 0;
        }
        int n = 0;
        for (double x : v) {
            if (Math.abs(x) > threshold) {
                n++;
            }
        }
        return (double) n / v.length;
    }

    /**
     * Exercise 06.2: the dead units of a (batch, units) activation: the columns in which every example is
     * saturated (|t| > threshold), so no example of the batch sends any gradient through that unit.
     */
    public static int deadUnits(Tensor t, double threshold) {
        double[][] v = t.data().toDoubleMatrix();
        int units = (int) t.size(1);
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean all = true;
            for (double[] row : v) {
                if (Math.abs(row[j]) <= threshold) {
                    all = false;
                    break;
                }
            }
            if (all) {
                dead++;
            }
        }
        return dead;
    }
}
