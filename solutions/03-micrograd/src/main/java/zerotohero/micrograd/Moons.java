package zerotohero.micrograd;

import java.util.Random;

/**
 * The "two moons" toy set: two interleaving half circles in the plane, one per class, that no straight
 * line separates. Labels are −1 (upper moon) and +1 (lower moon), as the max-margin loss wants them.
 *
 * @param x the points, {@code x[i] = {x1, x2}}
 * @param y the labels, −1 or +1
 */
public record Moons(double[][] x, int[] y) {

    public Moons {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " points but " + y.length + " labels");
        }
    }

    /**
     * {@code n} points, half on each moon, evenly spaced along the arcs, then moved by Gaussian noise of
     * standard deviation {@code noise}. The same seed gives the same set.
     */
    public static Moons generate(int n, double noise, long seed) {
        Random rng = new Random(seed);
        int upper = n / 2;
        int lower = n - upper;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < upper; i++) {
            double t = upper == 1 ? 0 : Math.PI * i / (upper - 1);
            x[i] = new double[] {Math.cos(t), Math.sin(t)};
            y[i] = -1;
        }
        for (int i = 0; i < lower; i++) {
            double t = lower == 1 ? 0 : Math.PI * i / (lower - 1);
            x[upper + i] = new double[] {1 - Math.cos(t), 0.5 - Math.sin(t)};
            y[upper + i] = 1;
        }
        for (double[] p : x) {
            p[0] += noise * rng.nextGaussian();
            p[1] += noise * rng.nextGaussian();
        }
        return new Moons(x, y);
    }

    /** The number of points. */
    public int size() {
        return y.length;
    }
}
