package zerotohero.kit.data;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A character-level vocabulary: every distinct character gets an integer id, so text can become a list of
 * numbers that a network can look up in an embedding table, and back.
 *
 * <p>The two directions carry the lectures' names: {@code stoi} ("string to integer") and {@code itos}
 * ("integer to string"). Ids are given in sorted character order, which makes a vocabulary depend only on
 * which characters occur, never on the order of the text:
 * <ul>
 *   <li>{@link #of(CharSequence)} — every character of a text, as for Tiny Shakespeare (65 symbols:
 *       {@code '\n'} = 0, {@code ' '} = 1, ..., {@code 'z'} = 64);</li>
 *   <li>{@link #ofWords(Collection)} — makemore's convention for a word list: the boundary token
 *       {@code '.'} (start and end of a word) is 0, then the letters in order; for names.txt that is
 *       {@code '.'} = 0, {@code 'a'} = 1, ..., {@code 'z'} = 26, 27 symbols.</li>
 * </ul>
 * Characters are Unicode code points, so a character outside the Basic Multilingual Plane is one symbol,
 * not two halves of a surrogate pair.
 */
public final class Vocabulary {

    /** makemore's start/end token. */
    public static final char BOUNDARY = '.';

    private final int[] itos;
    private final Map<Integer, Integer> stoi;

    private Vocabulary(int[] symbols) {
        this.itos = symbols;
        this.stoi = new HashMap<>();
        for (int id = 0; id < symbols.length; id++) {
            stoi.put(symbols[id], id);
        }
    }

    /** The sorted distinct characters of a text; e.g. Tiny Shakespeare gives 65 symbols. */
    public static Vocabulary of(CharSequence text) {
        return new Vocabulary(text.codePoints().sorted().distinct().toArray());
    }

    /**
     * makemore's vocabulary of a word list: {@link #BOUNDARY} {@code '.'} = 0, then the sorted distinct
     * characters of the words from 1 up.
     *
     * @throws IllegalArgumentException if a word contains the boundary token itself
     */
    public static Vocabulary ofWords(Collection<String> words) {
        TreeSet<Integer> letters = new TreeSet<>();
        for (String word : words) {
            if (word.indexOf(BOUNDARY) >= 0) {
                throw new IllegalArgumentException("the word \"" + word + "\" contains '" + BOUNDARY
                        + "', which is reserved for the start/end of a word; remove it from the word list");
            }
            word.codePoints().forEach(letters::add);
        }
        int[] symbols = new int[letters.size() + 1];
        symbols[0] = BOUNDARY;
        int id = 1;
        for (int letter : letters) {
            symbols[id++] = letter;
        }
        return new Vocabulary(symbols);
    }

    /** How many symbols there are; ids run from 0 to {@code size() - 1}. */
    public int size() {
        return itos.length;
    }

    /**
     * The id of a character (a {@code char} works too, e.g. {@code stoi('a')}).
     *
     * @throws IllegalArgumentException if the character is not in the vocabulary
     */
    public int stoi(int character) {
        Integer id = stoi.get(character);
        if (id == null) {
            throw new IllegalArgumentException("character " + describe(character) + " is not in this vocabulary of "
                    + size() + " symbols; build the vocabulary from text that contains it");
        }
        return id;
    }

    /**
     * The character with this id, as a string.
     *
     * @throws IllegalArgumentException if the id is outside 0..size()-1
     */
    public String itos(int id) {
        checkId(id, -1);
        return new String(Character.toChars(itos[id]));
    }

    /** Whether the character has an id. */
    public boolean contains(int character) {
        return stoi.containsKey(character);
    }

    /** Every symbol in id order, as one string; e.g. {@code ".abcdefghijklmnopqrstuvwxyz"}. */
    public String symbols() {
        return new String(itos, 0, itos.length);
    }

    /**
     * The ids of a text's characters, in order: {@code "hii there"} → {@code [46, 47, 47, 1, 58, 46, 43, 56, 43]}
     * with the Tiny Shakespeare vocabulary.
     *
     * @throws IllegalArgumentException naming the first character (and its position) that has no id
     */
    public int[] encode(CharSequence text) {
        int[] codePoints = text.codePoints().toArray();
        int[] ids = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            Integer id = stoi.get(codePoints[i]);
            if (id == null) {
                throw new IllegalArgumentException("cannot encode character " + describe(codePoints[i])
                        + " at position " + i + ": it is not in this vocabulary of " + size()
                        + " symbols; build the vocabulary from text that contains it");
            }
            ids[i] = id;
        }
        return ids;
    }

    /**
     * The text that a list of ids stands for.
     *
     * @throws IllegalArgumentException naming the first id (and its position) outside 0..size()-1
     */
    public String decode(int... ids) {
        StringBuilder text = new StringBuilder(ids.length);
        for (int i = 0; i < ids.length; i++) {
            checkId(ids[i], i);
            text.appendCodePoint(itos[ids[i]]);
        }
        return text.toString();
    }

    private void checkId(int id, int position) {
        if (id < 0 || id >= itos.length) {
            throw new IllegalArgumentException("id " + id + (position >= 0 ? " at position " + position : "")
                    + " is not in this vocabulary: ids run from 0 to " + (itos.length - 1)
                    + "; was it made with a different (larger) vocabulary?");
        }
    }

    private static String describe(int character) {
        String shown = switch (character) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> new String(Character.toChars(character));
        };
        return "'" + shown + "' (U+" + String.format("%04X", character) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary that && Arrays.equals(itos, that.itos);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(itos);
    }

    @Override
    public String toString() {
        return "Vocabulary(" + size() + " symbols)";
    }
}
