package zerotohero.tokenizer;

import java.util.List;

/**
 * Byte-pair encoding in its plainest form: the whole text is one sequence of bytes, and merges may join
 * anything to anything — the end of one word to the start of the next, a letter to a comma.
 *
 * <pre>{@code
 * BasicTokenizer t = new BasicTokenizer();
 * t.train("aaabdaaabac", 256 + 3, false);
 * t.encode("aaabdaaabac");   // [258, 100, 258, 97, 99]
 * }</pre>
 */
public class BasicTokenizer extends Tokenizer {

    public BasicTokenizer() {
    }

    /** Learns {@code vocabSize − 256} merges from the bytes of {@code text}, taken as one sequence. */
    @Override
    public void train(String text, int vocabSize, boolean verbose) {
        learn(List.of(Utf8.ids(text)), vocabSize, verbose);
    }

    /** The bytes of {@code text}, merged as learned. */
    @Override
    public int[] encodeOrdinary(String text) {
        return encodeChunk(Utf8.ids(text));
    }
}
