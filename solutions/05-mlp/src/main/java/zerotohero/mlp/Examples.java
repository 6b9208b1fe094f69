package zerotohero.mlp;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.data.Vocabulary;

/**
 * The training examples of a list of words: each row of {@code x} holds the ids of the last
 * {@code blockSize} characters, and {@code y} holds the id of the character that follows them.
 *
 * <p>A word is padded on the left with {@code blockSize} boundary characters ('.', id 0) and ends with
 * one, so "emma" with a block of 3 gives ... → e, ..e → m, .em → m, emm → a, mma → . (five examples).
 *
 * @param x one context per row, shape (n, blockSize)
 * @param y the next character of each context, length n
 */
public record Examples(int[][] x, int[] y) {

    public Examples {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " contexts but " + y.length + " targets");
        }
    }

    /** The number of examples. */
    public int size() {
        return y.length;
    }

    /** The context length. */
    public int blockSize() {
        return x.length == 0 ? 0 : x[0].length;
    }

    /**
     * Exercise 05.1: builds the examples of {@code words}, in order (word by word, left to right).
     * Each word contributes {@code word.length() + 1} examples; the context starts as all boundary ids
     * and slides one character to the left after every example.
     */
    public static Examples of(List<String> words, Vocabulary vocab, int blockSize) {
        List<int[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (String word : words) {
            int[] context = new int[blockSize];
            String padded = word + Vocabulary.BOUNDARY;
            for (int i = 0; i < padded.length(); i++) {
                int next = vocab.stoi(padded.charAt(i));
                xs.add(context.clone());
                ys.add(next);
                // slide: drop the oldest character, append the new one
                System.arraycopy(context, 1, context, 0, blockSize - 1);
                context[blockSize - 1] = next;
            }
        }
        int[] y = new int[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
        }
        return new Examples(xs.toArray(new int[0][]), y);
    }
}
