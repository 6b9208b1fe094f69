package zerotohero.tokenizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

/**
 * The fast trainer and encoder give exactly what the simple ones give. On the two corpora the simple
 * results come from minbpe (Python) itself, stored as model files, so these tests do not have to wait for
 * the slow loops.
 */
@Exercise("10.6")
@DisplayName("10.6 a fast trainer and a fast encoder, equal to the simple ones")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FastTest {

    private static final String TIES = "The priority queue must order pairs by count, then by the position of their first "
            + "occurrence (earliest first), and that position must be kept right as merges remove occurrences: that is the "
            + "simple loop's first-seen tie-break.";

    @TempDir
    Path dir;

    private static List<String> minbpeMerges(Path dir, String name) {
        BasicTokenizer t = new BasicTokenizer();
        t.load(SaveLoadTest.copy(dir, name + ".model"));
        return t.merges().keySet().stream().map(Pair::toString).toList();
    }

    private static List<String> fastMerges(Tokenizer t, String text) {
        t.use(Tokenizer.Algorithm.FAST);
        t.train(text, 512, false);
        return t.merges().keySet().stream().map(Pair::toString).toList();
    }

    private static void sameMerges(String what, List<String> actual, List<String> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                Expect.equal(what + ": merge " + (256 + i), actual.get(i), expected.get(i), TIES);
            }
        }
        Expect.equal(what + ": number of merges", actual.size(), expected.size(), "");
    }

    @Test
    @DisplayName("fast BasicTokenizer training on taylorswift.txt learns minbpe's 256 merges")
    void basicTaylorSwift() {
        sameMerges("fast BasicTokenizer, taylorswift.txt", fastMerges(new BasicTokenizer(), Fixtures.taylorSwift()),
                minbpeMerges(dir, "taylorswift-basic-512"));
    }

    @Test
    @DisplayName("fast RegexTokenizer training on taylorswift.txt learns minbpe's 256 merges")
    void regexTaylorSwift() {
        sameMerges("fast RegexTokenizer, taylorswift.txt", fastMerges(new RegexTokenizer(), Fixtures.taylorSwift()),
                minbpeMerges(dir, "taylorswift-regex-512"));
    }

    @Test
    @DisplayName("fast BasicTokenizer training on tinyshakespeare.txt learns minbpe's 256 merges")
    void basicShakespeare() {
        sameMerges("fast BasicTokenizer, tinyshakespeare.txt", fastMerges(new BasicTokenizer(), Fixtures.shakespeare()),
                minbpeMerges(dir, "tinyshakespeare-basic-512"));
    }

    @Test
    @DisplayName("fast RegexTokenizer training on tinyshakespeare.txt learns minbpe's 256 merges")
    void regexShakespeare() {
        sameMerges("fast RegexTokenizer, tinyshakespeare.txt", fastMerges(new RegexTokenizer(), Fixtures.shakespeare()),
                minbpeMerges(dir, "tinyshakespeare-regex-512"));
    }

    @Test
    @DisplayName("fast training: vocab 256 learns no merges, vocab 255 is an error, as in the simple loop")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void fastVocabSizeLimits() {
        BasicTokenizer basic = new BasicTokenizer();
        Expect.equal("algorithm() of a new tokenizer", basic.algorithm(), Tokenizer.Algorithm.SIMPLE, "");
        Tokenizer t = basic.use(Tokenizer.Algorithm.FAST);
        Expect.that(t == basic && t.algorithm() == Tokenizer.Algorithm.FAST,
                "use(FAST) should switch the tokenizer to FAST and return the tokenizer itself, for chaining");
        t.train("hello hello", 256, false);
        Expect.equal("fast merges at vocab 256", t.merges().size(), 0, "vocabSize 256 means 0 merges, which is not an error.");
        try {
            t.train("hello hello", 255, false);
            Expect.that(false, "fast train(text, 255) should throw IllegalArgumentException, as the simple loop does: "
                    + "a vocabulary has at least the 256 byte tokens.");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("255") && e.getMessage().contains("256"),
                    "the message should name the vocabSize asked for, 255, and explain the limit of 256, but was: "
                            + e.getMessage());
        }
    }

    @Test
    @DisplayName("fast training equals simple training on 200 small random texts full of ties and overlapping runs")
    void smallTexts() {
        Random random = new Random(3);
        for (int k = 0; k < 200; k++) {
            StringBuilder s = new StringBuilder();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                s.append("aab c".charAt(random.nextInt(5)));
            }
            String text = s.toString();
            for (boolean regex : new boolean[] {false, true}) {
                Tokenizer simple = regex ? new RegexTokenizer() : new BasicTokenizer();
                Tokenizer fast = regex ? new RegexTokenizer() : new BasicTokenizer();
                fast.use(Tokenizer.Algorithm.FAST);
                int vocab = 256 + 1 + random.nextInt(8);
                String simpleResult;
                try {
                    simple.train(text, vocab, false);
                    simpleResult = simple.merges().toString();
                } catch (IllegalArgumentException e) {
                    simpleResult = "out of pairs";
                }
                String fastResult;
                try {
                    fast.train(text, vocab, false);
                    fastResult = fast.merges().toString();
                } catch (IllegalArgumentException e) {
                    fastResult = "out of pairs";
                }
                Expect.equal((regex ? "Regex" : "Basic") + " merges of \"" + text + "\" at vocab " + vocab, fastResult,
                        simpleResult, TIES + " Overlaps: merging (a, a) in \"aaa\" replaces the first two only.");
            }
        }
    }

    @Test
    @DisplayName("the fast encoder equals cl100k_base on all of taylorswift.txt and tinyshakespeare.txt")
    void fastEncoderGpt4() {
        GPT4Tokenizer t = Fixtures.gpt4();
        try {
            t.use(Tokenizer.Algorithm.FAST);
            for (String text : new String[] {Fixtures.taylorSwift(), Fixtures.shakespeare()}) {
                int[] ids = t.encodeOrdinary(text);
                int[] expected = Fixtures.reference(text);
                if (!Arrays.equals(ids, expected)) {
                    int i = 0;
                    while (i < Math.min(ids.length, expected.length) && ids[i] == expected[i]) {
                        i++;
                    }
                    Expect.equal("fast GPT-4 ids from position " + i, Fixtures.show(Arrays.copyOfRange(ids, i, Math.min(ids.length, i + 10))),
                            Fixtures.show(Arrays.copyOfRange(expected, i, Math.min(expected.length, i + 10))),
                            "Pop the pair with the lowest merge id (ties: leftmost), skip heap entries whose pair has changed "
                                    + "since they were pushed, and push only the two new pairs around each merged token.");
                }
            }
        } finally {
            t.use(Tokenizer.Algorithm.SIMPLE);
        }
    }

    @Test
    @DisplayName("fast GPT-4 encoding equals cl100k_base on 4,000 random strings (lone surrogates too), bytes and long runs")
    void fastEncoderGpt4Strings() {
        GPT4Tokenizer t = Fixtures.gpt4();
        List<String> texts = new ArrayList<>(Fixtures.randomStrings(46, 3000, false));
        texts.addAll(Fixtures.randomStrings(47, 1000, true));
        for (int c = 0; c < 256; c++) {
            texts.add(String.valueOf((char) c));
            texts.add("a" + (char) c + "b " + (char) c + (char) c + "\n");
        }
        texts.add(" ".repeat(300) + "x" + "\r\n".repeat(5) + "7".repeat(50) + "!".repeat(200) + "z".repeat(500));
        try {
            t.use(Tokenizer.Algorithm.FAST);
            for (String text : texts) {
                Expect.equal("fast GPT-4 ids of " + Fixtures.quote(text), Fixtures.show(t.encodeOrdinary(text)),
                        Fixtures.show(Fixtures.reference(Utf8.wellFormed(text))),
                        "GPT4Tokenizer's fast path hands every chunk that is not a token of its own to FastEncoder.encode, "
                                + "which must merge in the simple loop's order: lowest merge id first, leftmost first.");
            }
        } finally {
            t.use(Tokenizer.Algorithm.SIMPLE);
        }
    }

    @Test
    @DisplayName("the fast encoder merges the bytes of each of cl100k_base's 100,256 tokens into that one token")
    void everyTokenMergesIntoItself() {
        GPT4Tokenizer t = Fixtures.gpt4();
        try {
            t.use(Tokenizer.Algorithm.FAST);
            for (int id = 0; id < 100_256; id++) {
                byte[] token = t.vocab().get(id);
                int[] bytes = new int[token.length];
                for (int i = 0; i < token.length; i++) {
                    bytes[i] = token[i] & 0xFF;
                }
                int[] ids = t.encodeChunk(bytes);
                if (ids.length != 1 || ids[0] != id) {
                    Expect.equal("fast ids of the bytes of token " + id + " [" + Tokenizer.renderToken(token) + "]",
                            Arrays.toString(ids), "[" + id + "]",
                            "Merging a token's bytes in the simple loop's order ends in the token itself (recoverMerges found "
                                    + "each token's parts that way), which is why GPT4Tokenizer's fast path may look up a "
                                    + "chunk that is a token whole. Pop the lowest merge id first, leftmost first.");
                }
            }
        } finally {
            t.use(Tokenizer.Algorithm.SIMPLE);
        }
    }

    @Test
    @DisplayName("the fast encoder equals the simple one on every line of both texts and on random strings")
    void fastEncoderRegex() {
        RegexTokenizer simple = new RegexTokenizer();
        simple.load(SaveLoadTest.copy(dir, "taylorswift-regex-512.model"));
        RegexTokenizer fast = new RegexTokenizer();
        fast.load(SaveLoadTest.copy(dir, "taylorswift-regex-512.model"));
        fast.use(Tokenizer.Algorithm.FAST);
        BasicTokenizer basicSimple = new BasicTokenizer();
        basicSimple.load(SaveLoadTest.copy(dir, "taylorswift-basic-512.model"));
        BasicTokenizer basicFast = new BasicTokenizer();
        basicFast.load(SaveLoadTest.copy(dir, "taylorswift-basic-512.model"));
        basicFast.use(Tokenizer.Algorithm.FAST);
        List<String> texts = new ArrayList<>(Fixtures.lines(Fixtures.taylorSwift()));
        texts.addAll(Fixtures.lines(Fixtures.shakespeare()).subList(0, 5000));
        texts.addAll(Fixtures.randomStrings(5, 2000, false));
        texts.add("a".repeat(1000) + " " + "ab".repeat(333) + " " + "0".repeat(99));
        for (String text : texts) {
            Expect.equal("fast Regex ids of " + Fixtures.quote(text), Arrays.toString(fast.encodeOrdinary(text)),
                    Arrays.toString(simple.encodeOrdinary(text)), "The fast encoder must merge in the simple loop's order.");
            Expect.equal("fast Basic ids of " + Fixtures.quote(text), Arrays.toString(basicFast.encodeOrdinary(text)),
                    Arrays.toString(basicSimple.encodeOrdinary(text)), "The fast encoder must merge in the simple loop's order.");
        }
    }
}
