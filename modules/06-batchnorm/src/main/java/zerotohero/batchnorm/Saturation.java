package zerotohero.batchnorm;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

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
        throw new Todo("06.2");
    }

    /**
     * Exercise 06.2: the dead units of a (batch, units) activation: the columns in which every example is
     * saturated (|t| > threshold), so no example of the batch sends any gradient through that unit.
     */
    public static int deadUnits(Tensor t, double threshold) {
        throw new Todo("06.2");
    }
}
