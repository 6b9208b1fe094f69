package zerotohero.bigram;

import java.util.List;

/**
 * The count matrix of names.txt, computed here (not with the learner's {@link Bigrams}) so that the
 * exercises after 04.2 are graded on their own.
 */
final class CountsFixture {

    private static int[][] counts;

    private CountsFixture() {
    }

    static synchronized int[][] counts() {
        if (counts == null) {
            counts = countsOf(Names.words());
        }
        return counts;
    }

    static int[][] countsOf(List<String> words) {
        int[][] n = new int[27][27];
        for (String w : words) {
            String padded = "." + w + ".";
            for (int i = 0; i + 1 < padded.length(); i++) {
                n[Names.id(padded.charAt(i))][Names.id(padded.charAt(i + 1))]++;
            }
        }
        return n;
    }

    /** (N + k) normalised row by row, in plain Java. */
    static double[][] probabilities(double k) {
        int[][] n = counts();
        double[][] p = new double[27][27];
        for (int i = 0; i < 27; i++) {
            double sum = 0;
            for (int j = 0; j < 27; j++) {
                sum += n[i][j] + k;
            }
            for (int j = 0; j < 27; j++) {
                p[i][j] = (n[i][j] + k) / sum;
            }
        }
        return p;
    }

    /**
     * Every sixteenth bigram of names.txt (14,260 of them): nearly the same mix of pairs as all of them, at a
     * fraction of the cost per training step. The graded training test uses it to stay fast; the full run is
     * in {@code Figures}.
     */
    static Bigrams.Examples everySixteenth() {
        Bigrams.Examples all = examples();
        int n = (all.size() + 15) / 16;
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = all.xs()[16 * i];
            ys[i] = all.ys()[16 * i];
        }
        return new Bigrams.Examples(xs, ys);
    }

    /** The pairs (ids) of all names, for the neural bigram. */
    static Bigrams.Examples examples() {
        int total = 0;
        for (String w : Names.words()) {
            total += w.length() + 1;
        }
        int[] xs = new int[total];
        int[] ys = new int[total];
        int k = 0;
        for (String w : Names.words()) {
            String padded = "." + w + ".";
            for (int i = 0; i + 1 < padded.length(); i++, k++) {
                xs[k] = Names.id(padded.charAt(i));
                ys[k] = Names.id(padded.charAt(i + 1));
            }
        }
        return new Bigrams.Examples(xs, ys);
    }
}
