package zerotohero.kit.data;

import java.util.Arrays;
import java.util.List;

/**
 * The training examples of a character-level language model with a fixed context: for every character of
 * every word (and the end of the word), the {@code blockSize} characters before it and the character itself.
 *
 * <p>Each word is padded in front with the boundary token {@code '.'} (id 0), so the first example of
 * "emma" with block size 3 is {@code ... → e}, then {@code ..e → m}, {@code .em → m}, {@code emm → a},
 * {@code mma → .}. A word of length L therefore gives L + 1 examples; names.txt's 32,033 names give
 * 228,146 with any block size.
 *
 * @param contexts one row of {@code blockSize} ids per example (the "X" of the lectures)
 * @param targets  the id that follows each context (the "Y")
 */
public record ContextWindows(int[][] contexts, int[] targets) {

    public ContextWindows {
        if (contexts.length != targets.length) {
            throw new IllegalArgumentException("there must be one target per context, got " + contexts.length
                    + " contexts and " + targets.length + " targets");
        }
    }

    /**
     * Builds the examples of a list of words.
     *
     * @param vocabulary a vocabulary with the boundary token, e.g. {@link Vocabulary#ofWords}
     * @param blockSize  how many characters of context each example has, at least 1
     */
    public static ContextWindows of(List<String> words, Vocabulary vocabulary, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be at least 1, got " + blockSize);
        }
        int boundary = vocabulary.stoi(Vocabulary.BOUNDARY);
        int count = 0;
        for (String word : words) {
            count += word.codePointCount(0, word.length()) + 1;
        }
        int[][] contexts = new int[count][];
        int[] targets = new int[count];
        int example = 0;
        int[] context = new int[blockSize];
        for (String word : words) {
            Arrays.fill(context, boundary);
            int[] ids = vocabulary.encode(word);
            for (int i = 0; i <= ids.length; i++) {
                int next = i < ids.length ? ids[i] : boundary;
                contexts[example] = context.clone();
                targets[example] = next;
                example++;
                // slide the window: drop the oldest id, append the one just predicted
                System.arraycopy(context, 1, context, 0, blockSize - 1);
                context[blockSize - 1] = next;
            }
        }
        return new ContextWindows(contexts, targets);
    }

    /** How many examples there are. */
    public int size() {
        return targets.length;
    }

    /** The block size, i.e. the length of each context (0 when there are no examples). */
    public int blockSize() {
        return contexts.length == 0 ? 0 : contexts[0].length;
    }
}
