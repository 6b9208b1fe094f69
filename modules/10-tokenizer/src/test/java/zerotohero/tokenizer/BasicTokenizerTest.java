package zerotohero.tokenizer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("10.2")
@DisplayName("10.2 BasicTokenizer: train, encode, decode")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BasicTokenizerTest {

    @Test
    @DisplayName("\"aaabdaaabac\" at vocab 259: merges aa, aaa, aaab and ids [258, 100, 258, 97, 99]")
    void wikipediaExample() {
        BasicTokenizer t = new BasicTokenizer();
        t.train("aaabdaaabac", 259, false);
        Expect.equal("merges learned from \"aaabdaaabac\"", new ArrayList<>(t.merges().entrySet()).toString(),
                "[(97, 97)=256, (256, 97)=257, (257, 98)=258]",
                "(a, a) occurs 4 times; then (aa, a) and (a, b) tie at 2 and the pair seen first, (aa, a), wins; then "
                        + "(aaa, b). Merge i gets id 256 + i.");
        Expect.equal("encode(\"aaabdaaabac\")", Arrays.toString(t.encode("aaabdaaabac")), "[258, 100, 258, 97, 99]", "");
        Expect.equal("decode of those ids", t.decode(new int[] {258, 100, 258, 97, 99}), "aaabdaaabac",
                "decode joins the bytes of every id (vocab: 258 → \"aaab\") and reads them as UTF-8.");
        Expect.equal("vocab size", t.vocab().size(), 259, "The vocabulary is the 256 bytes plus one token per merge.");
        Expect.equal("bytes of token 258", new String(t.vocab().get(258)), "aaab",
                "A merged token's bytes are its two parts' bytes, joined.");
    }

    @Test
    @DisplayName("taylorswift.txt: the first merges are (101, 32), (44, 32), (100, 32), (46, 32), (114, 32), (50, 48)")
    void taylorSwiftFirstMerges() {
        BasicTokenizer t = new BasicTokenizer();
        t.train(Fixtures.taylorSwift(), 256 + 6, false);
        Expect.equal("first six merges on taylorswift.txt", t.merges().keySet().toString(),
                "[(101, 32), (44, 32), (100, 32), (46, 32), (114, 32), (50, 48)]",
                "These are \"e \", \", \", \"d \", \". \", \"r \" and \"20\", the merges minbpe learns. Count the pairs of the "
                        + "whole text as bytes (UTF-8), pick the most frequent (ties: first seen), replace it, repeat.");
    }

    @Test
    @DisplayName("encode applies merges in the order they were learned, not by frequency in the text")
    void learnedOrder() {
        BasicTokenizer t = new BasicTokenizer();
        t.train("ab1ab2ab3ab4bc5bc6bc7", 258, false); // learns (a, b) → 256, then (b, c) → 257
        Expect.equal("merges", t.merges().keySet().toString(), "[(97, 98), (98, 99)]", "");
        Expect.equal("encode(\"bcbcabc\")", Arrays.toString(t.encode("bcbcabc")), "[257, 257, 256, 99]",
                "(a, b) was learned first, so it is merged first even though (b, c) occurs three times in \"bcbcabc\". "
                        + "Encoding replays training: among the pairs present, merge the one with the lowest merge id; "
                        + "merging the most frequent pair gives [257, 257, 97, 257], a sequence training never produced.");
    }

    @Test
    @DisplayName("decode joins all bytes first: a character split over two tokens comes back whole")
    void decodeSplitCharacter() {
        BasicTokenizer t = new BasicTokenizer();
        int[] wink = Utf8.ids("😉"); // four bytes, four tokens in an untrained tokenizer
        Expect.equal("decode of the four byte tokens of 😉", t.decode(wink), "😉",
                "Each token holds one byte of the emoji; decoding each token on its own and joining the strings gives four "
                        + "U+FFFD. Join the bytes of all ids first, then decode once.");
        Expect.equal("decode of the first two bytes of 😉", t.decode(Arrays.copyOf(wink, 2)), "\uFFFD",
                "A character cut off in the middle is not an error: it becomes one U+FFFD (use Utf8.decode).");
        Expect.equal("decode of [0xED, 0xA0, 0x80] (an encoded surrogate)", t.decode(new int[] {0xED, 0xA0, 0x80}),
                "\uFFFD\uFFFD\uFFFD", "Python and tiktoken replace each of these bytes: use Utf8.decode, which follows them.");
        Expect.equal("decode of [0xFF, 104, 105]", t.decode(new int[] {0xFF, 104, 105}), "\uFFFDhi", "");
    }

    @Test
    @DisplayName("decode rejects an id the tokenizer does not have, with a message")
    void decodeUnknownId() {
        BasicTokenizer t = new BasicTokenizer();
        t.train("aaabdaaabac", 259, false);
        try {
            t.decode(new int[] {97, 259});
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("259"),
                    "the message should name the invalid id 259, but was: " + e.getMessage());
            Expect.that(e.getMessage().contains("0..258") && !e.getMessage().contains("special"),
                    "the message should give the valid ids, 0..258 (256 bytes and 3 merges), and mention no special "
                            + "tokens since there are none, but was: " + e.getMessage());
            return;
        }
        Expect.that(false, "decode([97, 259]) with a vocabulary of 0..258 should throw IllegalArgumentException");
    }

    @Test
    @DisplayName("vocabSize below 256 is an error; 256 means no merges")
    void vocabSizeBelow256() {
        BasicTokenizer t = new BasicTokenizer();
        try {
            t.train("hello hello", 255, false);
            Expect.that(false, "train(text, 255) should throw IllegalArgumentException: the 256 byte tokens are always "
                    + "there, so no vocabulary is smaller than 256 (a negative number of merges means a mistake).");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("256"),
                    "the message should explain the limit of 256, but was: " + e.getMessage());
        }
        t.train("hello hello", 256, false);
        Expect.equal("merges at vocab 256", t.merges().size(), 0, "");
        Expect.equal("vocabulary size at vocab 256", t.vocab().size(), 256, "Without merges the vocabulary is the 256 bytes.");
        Expect.equal("encode(\"hi\") at vocab 256", Arrays.toString(t.encode("hi")), "[104, 105]", "Without merges, ids are bytes.");
    }

    @Test
    @DisplayName("round trip: decode(encode(s)) == s for 2,000 random strings, astral characters included")
    void roundTrip() {
        BasicTokenizer t = new BasicTokenizer();
        t.train(Fixtures.taylorSwift().substring(0, 20_000), 300, false);
        for (String s : Fixtures.randomStrings(10, 2000, false)) {
            String back = t.decode(t.encode(s));
            Expect.equal("decode(encode(" + Fixtures.quote(s) + "))", back, s,
                    "Encoding must lose nothing: every byte of the UTF-8 text is covered by exactly one token.");
        }
    }

    @Test
    @DisplayName("decode never throws on any sequence of valid ids")
    void decodeAnyIds() {
        BasicTokenizer t = new BasicTokenizer();
        t.train(Fixtures.taylorSwift().substring(0, 20_000), 300, false);
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            int[] ids = random.ints(random.nextInt(12), 0, 300).toArray();
            try {
                t.decode(ids);
            } catch (RuntimeException e) {
                Expect.that(false, "decode(" + Arrays.toString(ids) + ") threw " + e + ": any sequence of valid ids may be "
                        + "decoded; bytes that are not UTF-8 become U+FFFD.");
            }
        }
    }

    @Test
    @DisplayName("training on too short a text says it ran out of pairs")
    void outOfPairs() {
        try {
            new BasicTokenizer().train("ab", 300, false);
        } catch (IllegalArgumentException e) {
            return;
        }
        Expect.that(false, "train(\"ab\", 300) should throw IllegalArgumentException once only one token is left "
                + "(there is nothing to count), instead of failing inside max() or looping");
    }

    @Test
    @DisplayName("training again starts from scratch: the merges of the first text are forgotten")
    void trainTwice() {
        BasicTokenizer t = new BasicTokenizer();
        t.train("aaabdaaabac", 259, false);
        t.train("xyxyxy", 257, false);
        Expect.equal("merges after training on \"aaabdaaabac\" and then on \"xyxyxy\"", t.merges().toString(),
                "{(120, 121)=256}", "Each training learns its merges from the bytes: clear what an earlier training learned.");
        Expect.equal("vocab size after training again", t.vocab().size(), 257, "");
    }

    @Test
    @DisplayName("verbose training prints one line per merge, as minbpe does; quiet training prints nothing")
    void verbose() {
        String quiet = printed(() -> new BasicTokenizer().train("aaabdaaabac", 259, false));
        Expect.equal("output of train(\"aaabdaaabac\", 259, verbose = false)", quiet, "",
                "Print only when verbose is true.");
        String simple = printed(() -> new BasicTokenizer().train("aaabdaaabac", 259, true));
        Expect.equal("output of train(\"aaabdaaabac\", 259, verbose = true)", simple.lines().toList(), List.of(
                        "merge 1/3: (97, 97) -> 256 [aa] had 4 occurrences",
                        "merge 2/3: (256, 97) -> 257 [aaa] had 2 occurrences",
                        "merge 3/3: (257, 98) -> 258 [aaab] had 2 occurrences"),
                "Call addMerge(pair, count, numMerges, verbose) with the pair's count: it numbers the merges from 1 and "
                        + "shows the new token's text.");
    }

    private static String printed(Runnable action) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<Integer> boxed(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
