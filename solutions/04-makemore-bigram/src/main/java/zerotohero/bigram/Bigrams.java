package zerotohero.bigram;

import java.util.ArrayList;
import java.util.List;

/**
 * The training data of a bigram model: every pair (previous character, next character) in the names,
 * with '.' before each name and after it. "emma" gives five pairs: (., e) (e, m) (m, m) (m, a) (a, .).
 */
public final class Bigrams {

    private Bigrams() {
    }

    /**
     * The bigrams as two parallel arrays of ids, in the order they occur: {@code xs[i]} is a character
     * (the input) and {@code ys[i]} the character that follows it (the target).
     *
     * @param xs the ids of the previous characters
     * @param ys the ids of the next characters
     */
    public record Examples(int[] xs, int[] ys) {

        public Examples {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException(xs.length + " inputs but " + ys.length + " targets");
            }
        }

        /** How many bigrams there are. */
        public int size() {
            return xs.length;
        }
    }

    /**
     * All bigrams of all words, word after word, each word read as '.' + word + '.'.
     * A word of n characters gives n + 1 bigrams.
     */
    public static Examples examples(List<String> words, Vocabulary vocab) {
        List<int[]> pairs = new ArrayList<>();
        for (String word : words) {
            int previous = vocab.stoi(Vocabulary.DOT);
            for (char c : (word + Vocabulary.DOT).toCharArray()) {
                int next = vocab.stoi(c);
                pairs.add(new int[] {previous, next});
                previous = next;
            }
        }
        int[] xs = new int[pairs.size()];
        int[] ys = new int[pairs.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pairs.get(i)[0];
            ys[i] = pairs.get(i)[1];
        }
        return new Examples(xs, ys);
    }

    /**
     * The count matrix N: {@code N[a][b]} is how often the character with id b follows the one with id a.
     * Row '.' counts how names start, column '.' how they end. The matrix is size × size.
     */
    public static int[][] counts(List<String> words, Vocabulary vocab) {
        Examples examples = examples(words, vocab);
        int[][] counts = new int[vocab.size()][vocab.size()];
        for (int i = 0; i < examples.size(); i++) {
            counts[examples.xs()[i]][examples.ys()[i]]++;
        }
        return counts;
    }
}
