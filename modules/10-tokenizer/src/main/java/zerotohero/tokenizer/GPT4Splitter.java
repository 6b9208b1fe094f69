package zerotohero.tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * GPT-4's split pattern without a regular-expression engine: a hand-written scanner that cuts text into
 * exactly the chunks that {@link RegexTokenizer#GPT4_SPLIT_PATTERN} gives under {@code java.util.regex}.
 *
 * <p>At each position the pattern tries its alternatives in order, and the first one that matches wins:
 *
 * <pre>
 * '(?i:[sdmt]|ll|ve|re)          1. a contraction, in any case: 's 'd 'm 't 'll 've 're
 * [^\r\n\p{L}\p{N}]?+\p{L}+      2. letters, with at most one character before them that is not a line break,
 *                                   a letter or a number (usually the space: " world")
 * \p{N}{1,3}                     3. one to three numbers
 *  ?[^\s\p{L}\p{N}]++[\r\n]*     4. a run of anything else (punctuation, symbols, emoji), with at most one
 *                                   space before it and the line breaks after it
 * \s*[\r\n]                      5. white space up to and including its last line break
 * \s+(?!\S)                      6. white space, leaving its last character to the next chunk if one follows
 * \s+                            7. white space
 * </pre>
 *
 * Every character starts at least one alternative (a letter 2, a number 3, white space 7, anything else
 * 4), so the chunks follow one another with nothing left between them. Scanning is therefore one question
 * asked again and again: where does the chunk that starts here end? {@link #chunkEnd} answers it by looking
 * at the first character or two and then running over a class of characters, which is all the pattern
 * does, without the engine's generality: no backtracking, no objects, no String per chunk.
 *
 * <p>The character classes are those of {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS}: {@code \p{L}}
 * is a letter of any script (Unicode's categories Lu, Ll, Lt, Lm and Lo, as {@link Character#isLetter});
 * {@code \p{N}} a number of any kind (Nd, Nl and No, so also Ⅻ and ², which {@link Character#isDigit}
 * rejects); {@code \s} Unicode white space (Zs, Zl, Zp, the controls tab to carriage return, and U+0085 —
 * not {@link Character#isWhitespace}, which leaves out the no-break spaces and adds four other controls).
 * The contraction letters fold case as the pattern's {@code (?i)} does, so {@code 'ſ} (long s) is a
 * contraction like {@code 'S}. A character is a code point: an emoji is one character although it is two
 * Java chars, and half of a surrogate pair on its own is one character of the "anything else" kind, as
 * the regular expression sees it.
 */
final class GPT4Splitter {

    static final int END = 0;
    static final int LETTER = 1;
    static final int NUMBER = 2;
    static final int SPACE = 3;
    static final int OTHER = 4;

    private GPT4Splitter() {
    }

    /** The chunks of {@code text}, the same as the GPT-4 pattern's matches. */
    static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        for (int start = 0, end; start < text.length(); start = end) {
            end = chunkEnd(text, start);
            chunks.add(text.substring(start, end));
        }
        return chunks;
    }

    /** Where the chunk that starts at {@code start} ends (exclusive); {@code start} must be below the length. */
    static int chunkEnd(String text, int start) {
        int c = text.codePointAt(start);
        int next = start + Character.charCount(c);
        if (c == '\'') {
            int end = contraction(text, next);
            if (end > 0) {
                return end; // 1
            }
        }
        int kind = kind(c);
        if (kind == LETTER) {
            return run(text, next, LETTER); // 2, nothing in front
        }
        if (kind == NUMBER) {
            return numbers(text, next); // 3
        }
        if (c != '\r' && c != '\n' && kindAt(text, next) == LETTER) {
            return run(text, next, LETTER); // 2, one character in front
        }
        if (kind == OTHER) {
            return lineBreaks(text, run(text, next, OTHER)); // 4
        }
        if (c == ' ' && kindAt(text, next) == OTHER) {
            return lineBreaks(text, run(text, next, OTHER)); // 4, a space in front
        }
        return whiteSpace(text, start); // 5, 6, 7
    }

    /** The end of a contraction whose letters start at {@code i}, or −1 if none starts there. */
    private static int contraction(String text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        char a = fold(text.charAt(i));
        if (a == 's' || a == 'd' || a == 'm' || a == 't') {
            return i + 1;
        }
        if (i + 1 >= text.length()) {
            return -1;
        }
        char b = fold(text.charAt(i + 1));
        boolean two = a == 'l' && b == 'l' || a == 'v' && b == 'e' || a == 'r' && b == 'e';
        return two ? i + 2 : -1;
    }

    /** A char with its case folded as a case-insensitive Java pattern folds it: 'S' and 'ſ' become 's'. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Up to two more numbers after the first (the pattern's {@code \p{N}{1,3}}). */
    private static int numbers(String text, int i) {
        for (int k = 0; k < 2 && kindAt(text, i) == NUMBER; k++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The end of the run of characters of {@code kind} that starts at {@code i}. */
    private static int run(String text, int i, int kind) {
        while (kindAt(text, i) == kind) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** After {@code i}, any {@code \r} and {@code \n}. */
    private static int lineBreaks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    /**
     * Alternatives 5 to 7 for the white space starting at {@code start}: up to its last line break if it has
     * one; else all of it if it ends the text or is a single character; else all but its last character,
     * which goes with what follows (so " world" keeps its space). White space is never beyond U+FFFF, so one
     * character is one char here.
     */
    private static int whiteSpace(String text, int start) {
        int end = run(text, start, SPACE);
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return end < text.length() && end - start >= 2 ? end - 1 : end;
    }

    /** The kind of the character at {@code i}, or END past the text. */
    private static int kindAt(String text, int i) {
        return i < text.length() ? kind(text.codePointAt(i)) : END;
    }

    /** LETTER ({@code \p{L}}), NUMBER ({@code \p{N}}), SPACE ({@code \s}) or OTHER. */
    static int kind(int c) {
        if (c >= '\t' && c <= '\r' || c == 0x85) {
            return SPACE;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER:
                return LETTER;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return NUMBER;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return SPACE;
            default:
                return OTHER;
        }
    }
}
