package zerotohero.gpt;

import java.util.Arrays;
import java.util.Random;
import zerotohero.kit.data.Datasets;

/**
 * Tiny Shakespeare as numbers: a character-level tokenizer (every distinct character of the text is a
 * token, sorted, so the 65 symbols of the play get ids 0 to 64), the whole text encoded once, split 90/10
 * into a training part and a validation part that comes after it, and random batches of contexts.
 *
 * <p>A batch is {@code B} windows of {@code T + 1} consecutive tokens starting at random places. The
 * first {@code T} are the input; the last {@code T} (shifted by one) are the targets: at every position t
 * the model sees tokens 0..t of its window and must predict token t+1. One window thus holds T training
 * examples, from a context of one token up to a context of T.
 */
public final class Data {

    /** Which part of the text a batch comes from. */
    public enum Split { TRAIN, VAL }

    /** Inputs and targets, each {@code batchSize} rows of {@code blockSize} token ids; y[b][t] = x[b][t + 1] in the text. */
    public record Batch(int[][] x, int[][] y) {

        public int batchSize() {
            return x.length;
        }

        public int blockSize() {
            return x[0].length;
        }

        /** The targets in one row, batch-major, as a cross-entropy over (B·T, vocab) logits wants them. */
        public int[] targets() {
            int[] flat = new int[y.length * y[0].length];
            for (int b = 0; b < y.length; b++) {
                System.arraycopy(y[b], 0, flat, b * y[b].length, y[b].length);
            }
            return flat;
        }
    }

    /** The sorted distinct characters of the text; a token's id is its position here. */
    public final String chars;
    public final int[] train;
    public final int[] val;

    private Data(String chars, int[] train, int[] val) {
        this.chars = chars;
        this.train = train;
        this.val = val;
    }

    /** tinyshakespeare.txt (1,115,394 characters), from the course's dataset cache or mirror. */
    public static Data shakespeare() {
        return of(Datasets.standard().text("tinyshakespeare.txt"));
    }

    /** Any text: its vocabulary, the text encoded, the first 90% for training and the rest for validation. */
    public static Data of(String text) {
        String chars = vocabulary(text);
        int[] ids = encode(chars, text);
        int n = trainSize(ids.length);
        return new Data(chars, Arrays.copyOfRange(ids, 0, n), Arrays.copyOfRange(ids, n, ids.length));
    }

    /** A tokenizer only (no text), for a checkpoint that carries its vocabulary. */
    public static Data vocabularyOnly(String chars) {
        return new Data(chars, new int[0], new int[0]);
    }

    public int vocabSize() {
        return chars.length();
    }

    public int[] encode(String text) {
        return encode(chars, text);
    }

    public String decode(int... ids) {
        return decode(chars, ids);
    }

    public int[] split(Split split) {
        return split == Split.TRAIN ? train : val;
    }

    /**
     * Exercise 09.1: the sorted distinct characters of {@code text}, as one string (Tiny Shakespeare
     * gives "\n !$&',-.3:;?ABC…xyz", 65 characters).
     */
    public static String vocabulary(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().distinct().sorted().forEach(c -> out.append((char) c));
        return out.toString();
    }

    /**
     * Exercise 09.1: each character of {@code text} replaced by its position in {@code chars}. A character
     * that is not in the vocabulary is an error that names it and where it is.
     */
    public static int[] encode(String chars, String text) {
        int[] table = new int[Character.MAX_VALUE + 1];
        Arrays.fill(table, -1);
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = i;
        }
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = table[text.charAt(i)];
            if (ids[i] < 0) {
                throw new IllegalArgumentException("character '" + text.charAt(i) + "' (U+"
                        + String.format("%04X", (int) text.charAt(i)) + ") at position " + i
                        + " is not in the vocabulary of " + chars.length() + " characters");
            }
        }
        return ids;
    }

    /** Exercise 09.1: the characters at positions {@code ids} of {@code chars}; an id out of range is an error. */
    public static String decode(String chars, int... ids) {
        StringBuilder out = new StringBuilder(ids.length);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= chars.length()) {
                throw new IllegalArgumentException("token id " + ids[i] + " at position " + i
                        + " is outside the vocabulary (ids 0 to " + (chars.length() - 1) + ")");
            }
            out.append(chars.charAt(ids[i]));
        }
        return out.toString();
    }

    /** Exercise 09.1: how many of {@code n} tokens go to training: the first 90%, rounded down. */
    public static int trainSize(int n) {
        return (int) (0.9 * n);
    }

    /**
     * Exercise 09.1: a batch of {@code batchSize} windows from {@code split}. For each row draw a start
     * {@code i = random.nextInt(n - blockSize)} (n the split's length), in row order; x is tokens
     * i..i+blockSize−1 and y is tokens i+1..i+blockSize.
     */
    public Batch batch(Split split, int batchSize, int blockSize, Random random) {
        int[] ids = split(split);
        if (ids.length <= blockSize) {
            throw new IllegalArgumentException("the " + split + " split has " + ids.length
                    + " tokens, too few for a context of " + blockSize);
        }
        int[][] x = new int[batchSize][];
        int[][] y = new int[batchSize][];
        for (int b = 0; b < batchSize; b++) {
            int i = random.nextInt(ids.length - blockSize);
            x[b] = Arrays.copyOfRange(ids, i, i + blockSize);
            y[b] = Arrays.copyOfRange(ids, i + 1, i + blockSize + 1);
        }
        return new Batch(x, y);
    }
}
