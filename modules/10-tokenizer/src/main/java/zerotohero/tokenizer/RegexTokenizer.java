package zerotohero.tokenizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import zerotohero.kit.Todo;

/**
 * Byte-pair encoding inside the pieces of a regular expression, as GPT-2 and GPT-4 do it.
 *
 * <p>The pattern cuts text into chunks — a word with its leading space, a run of digits, a run of
 * punctuation, whitespace — and merges never cross a chunk's edge. So "dog", "dog." and "dog!" share the
 * token " dog" instead of each wasting a vocabulary slot on a token that glues the word to its punctuation.
 *
 * <p>The GPT-4 pattern is written for Python's {@code regex} module, where {@code \s} means any Unicode
 * white space and {@code (?i)} folds case beyond ASCII. Java's {@code Pattern} means ASCII by both unless
 * it is compiled with {@link Pattern#UNICODE_CHARACTER_CLASS}; with that flag the same text runs unchanged.
 */
public class RegexTokenizer extends Tokenizer {

    /** GPT-2's split pattern. */
    public static final String GPT2_SPLIT_PATTERN =
            "'(?:[sdmt]|ll|ve|re)| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

    /** GPT-4's split pattern (cl100k_base): case-insensitive contractions, at most three digits at a time. */
    public static final String GPT4_SPLIT_PATTERN =
            "'(?i:[sdmt]|ll|ve|re)|[^\\r\\n\\p{L}\\p{N}]?+\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]++[\\r\\n]*|\\s*[\\r\\n]|\\s+(?!\\S)|\\s+";

    private Pattern compiled;

    /** A tokenizer that splits with the GPT-4 pattern. */
    public RegexTokenizer() {
        this(GPT4_SPLIT_PATTERN);
    }

    /**
     * A tokenizer that splits with {@code pattern} (Python {@code regex} syntax that Java understands).
     *
     * @throws IllegalArgumentException if the pattern does not compile
     */
    public RegexTokenizer(String pattern) {
        this.pattern = pattern;
        this.compiled = compile(pattern);
    }

    /** {@code pattern} compiled the way Python's {@code regex} module reads it. */
    static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern, Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the split pattern does not compile: " + e.getDescription()
                    + " near index " + e.getIndex() + " of " + pattern, e);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Exercise 10.3

    /** The chunks of {@code text}: every match of the pattern, in order (text between matches is dropped). */
    public List<String> split(String text) {
        throw new Todo("10.3");
    }

    /** Learns merges inside the chunks of {@code text}: pairs are counted within chunks only. */
    @Override
    public void train(String text, int vocabSize, boolean verbose) {
        throw new Todo("10.3");
    }

    /** Each chunk's bytes merged on their own, the results joined. */
    @Override
    public int[] encodeOrdinary(String text) {
        throw new Todo("10.3");
    }

    /**
     * Makes {@code tokens} this tokenizer's special tokens (replacing any before), in the map's iteration
     * order — pass a {@code LinkedHashMap} to fix it; that order is saved.
     *
     * @throws IllegalArgumentException if a token is empty, or an id is an ordinary token's or is used twice
     */
    public void registerSpecialTokens(Map<String, Integer> tokens) {
        throw new Todo("10.3");
    }

    // ------------------------------------------------------------------------------------------------

    /** Also compiles the model's pattern, so that a loaded tokenizer splits as the one that was saved. */
    @Override
    public void load(Path modelFile) {
        super.load(modelFile);
        compiled = compile(pattern);
    }
}
