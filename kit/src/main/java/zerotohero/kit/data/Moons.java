package zerotohero.kit.data;

/**
 * Two interleaving half circles: a small 2-D dataset that a straight line cannot separate but a tiny MLP
 * can, which is why micrograd trains on it.
 *
 * <p>The recipe is scikit-learn's {@code make_moons}: half the points (rounded down) lie on the upper arc
 * {@code (cos θ, sin θ)} for θ evenly spaced over [0, π], the others on the lower arc
 * {@code (1 − cos θ, 1 − sin θ − 0.5)}; label 0 for the first moon, 1 for the second. Gaussian noise of the
 * given standard deviation is added to both coordinates and the points are shuffled, all from one seeded
 * {@link PythonRandom}. (scikit-learn draws its noise from NumPy, so the exact points differ from the
 * lecture's; the shape and difficulty are the same.)
 *
 * @param points one (x, y) pair per sample
 * @param labels 0 or 1 per sample
 */
public record Moons(double[][] points, int[] labels) {

    public Moons {
        if (points.length != labels.length) {
            throw new IllegalArgumentException("there must be one label per point, got " + points.length
                    + " points and " + labels.length + " labels");
        }
    }

    /**
     * Samples two moons.
     *
     * @param samples how many points in total, at least 2
     * @param noise   the standard deviation of the Gaussian noise (0 for points exactly on the arcs)
     * @param seed    the seed of the generator, so the same call gives the same points
     */
    public static Moons make(int samples, double noise, long seed) {
        if (samples < 2) {
            throw new IllegalArgumentException("two moons need at least 2 samples, got " + samples);
        }
        if (noise < 0) {
            throw new IllegalArgumentException("noise is a standard deviation and cannot be negative, got " + noise);
        }
        int outer = samples / 2;
        int inner = samples - outer;
        double[][] points = new double[samples][];
        int[] labels = new int[samples];
        for (int i = 0; i < outer; i++) {
            double theta = linspace(i, outer);
            points[i] = new double[] {Math.cos(theta), Math.sin(theta)};
            labels[i] = 0;
        }
        for (int i = 0; i < inner; i++) {
            double theta = linspace(i, inner);
            points[outer + i] = new double[] {1 - Math.cos(theta), 1 - Math.sin(theta) - 0.5};
            labels[outer + i] = 1;
        }
        PythonRandom random = new PythonRandom(seed);
        // Shuffle points and labels with one permutation, so each point keeps its label.
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        random.shuffle(order);
        double[][] shuffledPoints = new double[samples][];
        int[] shuffledLabels = new int[samples];
        for (int i = 0; i < samples; i++) {
            double[] p = points[order[i]];
            shuffledPoints[i] = new double[] {p[0] + random.gauss(0, noise), p[1] + random.gauss(0, noise)};
            shuffledLabels[i] = labels[order[i]];
        }
        return new Moons(shuffledPoints, shuffledLabels);
    }

    /** The i-th of m evenly spaced angles over [0, π], ends included, like {@code numpy.linspace(0, π, m)}. */
    private static double linspace(int i, int m) {
        return m == 1 ? 0 : Math.PI * i / (m - 1);
    }

    /** How many points there are. */
    public int size() {
        return labels.length;
    }

    /** The labels as −1 / +1, as micrograd's max-margin loss wants them ({@code y*2 - 1}). */
    public int[] signedLabels() {
        int[] signed = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            signed[i] = labels[i] * 2 - 1;
        }
        return signed;
    }
}
