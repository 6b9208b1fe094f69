package zerotohero.bigram;

/** How far two tables of next-character probabilities are apart. */
final class Distance {

    private Distance() {
    }

    /** The largest total-variation distance between matching rows: max over a of ½·Σ_b |P[a][b] − Q[a][b]|. */
    static double rows(double[][] p, double[][] q) {
        double worst = 0;
        for (int a = 0; a < p.length; a++) {
            double d = 0;
            for (int b = 0; b < p[a].length; b++) {
                d += Math.abs(p[a][b] - q[a][b]);
            }
            worst = Math.max(worst, d / 2);
        }
        return worst;
    }
}
