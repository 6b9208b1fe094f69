package zerotohero.bigram;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/**
 * A bigram language model as a table: for every character a, the probability P[a][b] that the next
 * character is b. Row a is a probability distribution over the 27 symbols, so every row sums to 1.
 *
 * <p>The table is made from the count matrix by normalising each row ({@link #fromCounts}); the model can
 * then generate names ({@link #sample}) and score them ({@link #nll}).
 */
public final class BigramModel {

    private final Vocabulary vocab;
    private final double[][] probabilities;

    /** A model over {@code vocab} with the given table (size × size, each row a distribution). */
    public BigramModel(Vocabulary vocab, double[][] probabilities) {
        if (probabilities.length != vocab.size()) {
            throw new IllegalArgumentException("a table of " + probabilities.length + " rows for an vocab of "
                    + vocab.size() + " symbols");
        }
        this.vocab = vocab;
        this.probabilities = probabilities;
    }

    /** The model that normalises {@code counts} + {@code smoothing} row by row (see {@link #normalizeRows}). */
    public static BigramModel fromCounts(Vocabulary vocab, int[][] counts, double smoothing) {
        return new BigramModel(vocab, normalizeRows(counts, smoothing));
    }

    /**
     * Turns counts into probabilities: P[a][b] = (N[a][b] + k) / Σ_c (N[a][c] + k), with k the smoothing.
     *
     * <p>Each <em>row</em> is divided by its own sum, so each row sums to 1: row a is the distribution of the
     * character after a. With tensors this is one broadcast division by the row sums kept as a column,
     * shape (27, 1). Compute in float64.
     *
     * <p>With k = 0 a pair that never occurs gets probability 0; k = 1 ("add-one smoothing") pretends every
     * pair was seen once more than it was, so no probability is 0.
     *
     * @throws IllegalArgumentException if the smoothing is negative
     */
    public static double[][] normalizeRows(int[][] counts, double smoothing) {
        if (smoothing < 0) {
            throw new IllegalArgumentException("smoothing must be ≥ 0, got " + smoothing);
        }
        double[][] asDoubles = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            asDoubles[i] = new double[counts[i].length];
            for (int j = 0; j < counts[i].length; j++) {
                asDoubles[i][j] = counts[i][j];
            }
        }
        Tensor n = Tensor.of(Nd4j.createFromArray(asDoubles)).add(smoothing);   // float64
        Tensor p = n.div(n.sum(1, true));   // (27, 27) / (27, 1): every row by its own sum
        return p.data().toDoubleMatrix();
    }

    /** The vocab the model is over. */
    public Vocabulary vocab() {
        return vocab;
    }

    /** The table, P[a][b] = probability that b follows a (the array itself, not a copy). */
    public double[][] probabilities() {
        return probabilities;
    }

    /** The probability that {@code next} follows {@code previous}. */
    public double probability(char previous, char next) {
        return probabilities[vocab.stoi(previous)][vocab.stoi(next)];
    }

    /**
     * Generates one name: start at '.', draw the next character from the current character's row with
     * {@link Multinomial#draw}, append it, and repeat until '.' is drawn. The name is returned without
     * the dots. Each character (and the final '.') uses exactly one number from {@code uniform}, so the
     * same generator seeded the same way gives the same names.
     */
    public String sample(DoubleSupplier uniform) {
        StringBuilder name = new StringBuilder();
        int current = vocab.stoi(Vocabulary.DOT);
        while (true) {
            current = Multinomial.draw(probabilities[current], uniform);
            if (current == vocab.stoi(Vocabulary.DOT)) {
                return name.toString();
            }
            name.append(vocab.itos(current));
        }
    }

    /**
     * The average negative log-likelihood of the words: over every bigram of every word (each read as
     * '.' + word + '.'), the mean of −log P[a][b]. Lower is better; a perfect model would score 0.
     * A bigram of probability 0 makes it +∞ (log 0 = −∞): that is what smoothing prevents.
     */
    public double nll(List<String> words) {
        double logLikelihood = 0;
        long n = 0;
        for (String word : words) {
            String padded = Vocabulary.DOT + word + Vocabulary.DOT;
            for (int i = 0; i + 1 < padded.length(); i++) {
                logLikelihood += Math.log(probability(padded.charAt(i), padded.charAt(i + 1)));
                n++;
            }
        }
        return -logLikelihood / n;
    }
}
