package zerotohero.bigram;

import java.util.List;
import java.util.TreeSet;

/**
 * The vocabulary of the bigram model: every character that occurs in the names, plus one special
 * symbol '.' that marks both the start and the end of a name.
 *
 * <p>A character's id is its position in {@link #symbols()}: '.' is 0, and the other characters follow
 * in sorted order, so for names.txt 'a' is 1 and 'z' is 26. The ids are what the model works with: they
 * index the rows and columns of the count matrix and of the neural net's weight matrix.
 *
 * @param symbols the characters in id order, '.' first
 */
public record Vocabulary(String symbols) {

    /** The symbol that surrounds every name: one before its first character, one after its last. */
    public static final char DOT = '.';

    /**
     * The vocab of a list of words: '.' first (id 0), then every distinct character of the words in
     * ascending order. A word must not contain '.' itself, since that symbol is reserved.
     *
     * @throws IllegalArgumentException if a word contains '.'
     */
    public static Vocabulary of(List<String> words) {
        TreeSet<Character> seen = new TreeSet<>();
        for (String word : words) {
            for (char c : word.toCharArray()) {
                if (c == DOT) {
                    throw new IllegalArgumentException("the word \"" + word + "\" contains '.', which is reserved"
                            + " for the start and end of a name");
                }
                seen.add(c);
            }
        }
        StringBuilder symbols = new StringBuilder().append(DOT);
        seen.forEach(symbols::append);
        return new Vocabulary(symbols.toString());
    }

    /** How many symbols there are, '.' included: 27 for names.txt. */
    public int size() {
        return symbols.length();
    }

    /**
     * The id of a character ("string to integer").
     *
     * @throws IllegalArgumentException naming the character if it is not in the vocab
     */
    public int stoi(char c) {
        int id = symbols.indexOf(c);
        if (id < 0) {
            throw new IllegalArgumentException("'" + c + "' (U+" + String.format("%04X", (int) c)
                    + ") is not in the vocab \"" + symbols + "\"");
        }
        return id;
    }

    /**
     * The character of an id ("integer to string").
     *
     * @throws IllegalArgumentException naming the id and the valid range if it is out of range
     */
    public char itos(int id) {
        if (id < 0 || id >= symbols.length()) {
            throw new IllegalArgumentException("id " + id + " is not in [0, " + symbols.length() + ")");
        }
        return symbols.charAt(id);
    }

    /** The symbols as one-character strings, in id order: labels for the rows and columns of a heat map. */
    public List<String> labels() {
        return symbols.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
