package zerotohero.batchnorm;

import zerotohero.kit.Tensor;

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
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        int saturated = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
            if (Math.abs(v) > Saturation.THRESHOLD) {
                saturated++;
            }
        }
        return new Stats(mean, Math.sqrt(ss / (n - 1)), (double) saturated / n);
    }

    /** Exercise 06.6: the stats of a tensor's data. */
    public static Stats activations(Tensor t) {
        return stats(t.data().ravel().toDoubleVector());
    }

    /** Exercise 06.6: the stats of a tensor's gradient (after a backward pass). */
    public static Stats gradients(Tensor t) {
        return stats(t.grad().ravel().toDoubleVector());
    }

    /**
     * Exercise 06.6: log10 of the update-to-data ratio of a parameter: std(lr·grad) / std(data). Near −3
     * (a thousandth of the parameter's spread per step) is healthy; much lower learns slowly, much higher
     * is unstable.
     */
    public static double updateRatio(Tensor parameter, double lr) {
        double update = stats(parameter.grad().ravel().toDoubleVector()).std() * lr;
        double data = stats(parameter.data().ravel().toDoubleVector()).std();
        return Math.log10(update / data);
    }
}
