package zerotohero.batchnorm;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/** The numbers to watch while a deep network trains. */
public final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * A summary of a tensor's values.
     *
     * @param mean      the mean
     * @param std       the standard deviation (divided by n − 1, as torch's std)
     * @param saturated the fraction with |value| > {@link Saturation#THRESHOLD}
     */
    public record Stats(double mean, double std, double saturated) {
    }

    /** Exercise 06.6: the {@link Stats} of the values of an array (activations, or gradients). */
    public static Stats stats(double[] values) {
        throw new Todo("06.6");
    }

    /** Exercise 06.6: the stats of a tensor's data. */
    public static Stats activations(Tensor t) {
        throw new Todo("06.6");
    }

    /** Exercise 06.6: the stats of a tensor's gradient (after a backward pass). */
    public static Stats gradients(Tensor t) {
        throw new Todo("06.6");
    }

    /**
     * Exercise 06.6: log10 of the update-to-data ratio of a parameter: std(lr·grad) / std(data). Near −3
     * (a thousandth of the parameter's spread per step) is healthy; much lower learns slowly, much higher
     * is unstable.
     */
    public static double updateRatio(Tensor parameter, double lr) {
        throw new Todo("06.6");
    }
}
