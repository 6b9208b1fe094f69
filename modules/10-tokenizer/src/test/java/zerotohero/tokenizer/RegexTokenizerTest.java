package zerotohero.tokenizer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("10.3")
@DisplayName("10.3 RegexTokenizer: split, train, special tokens")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RegexTokenizerTest {

    private static final String EOT = "<|endoftext|>";

    private static Map<String, Integer> specials() {
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put(EOT, 100257);
        s.put("<|fim_prefix|>", 100258);
        s.put("<|fim_middle|>", 100259);
        s.put("<|fim_suffix|>", 100260);
        s.put("<|endofprompt|>", 100276);
        return s;
    }

    private static void splits(RegexTokenizer t, String text, List<String> expected, String why) {
        Expect.equal("split(" + Fixtures.quote(text) + ")", t.split(text).stream().map(Fixtures::quote).toList(),
                expected.stream().map(Fixtures::quote).toList(), why);
    }

    @Test
    @DisplayName("the GPT-4 pattern splits words, contractions, digits in threes, punctuation and white space")
    void gpt4Split() {
        RegexTokenizer t = new RegexTokenizer();
        String findAll = "split returns every match of the compiled pattern in order (Matcher.find() in a loop, m.group()).";
        splits(t, "Hello've world123 how's are you!!!?",
                List.of("Hello", "'ve", " world", "123", " how", "'s", " are", " you", "!!!?"), findAll);
        splits(t, "HOW'S  it   going?\n\n  1234567 x",
                List.of("HOW", "'S", " ", " it", "  ", " going", "?\n\n", " ", " ", "123", "456", "7", " x"),
                "Digits go in groups of at most three; the last space of a run stays with the next word.");
        splits(t, "hello123!!!? (안녕하세요!) 😉", List.of("hello", "123", "!!!?", " (", "안녕하세요", "!)", " 😉"), "");
        splits(t, "", List.of(), "");
    }

    @Test
    @DisplayName("Java needs UNICODE_CHARACTER_CLASS: without it \\s is ASCII and the split differs from GPT-4's")
    void unicodeCharacterClass() {
        RegexTokenizer t = new RegexTokenizer();
        String text = "a\u00a0b\u2003\u2003c said I'LL\u3000\u3000go";
        List<String> gpt4 = List.of("a", "\u00a0b", "\u2003", "\u2003c", " said", " I", "'LL", "\u3000", "\u3000go");
        splits(t, text, gpt4, "Compile the pattern with Pattern.UNICODE_CHARACTER_CLASS (RegexTokenizer.compile does): "
                + "Python's regex and tiktoken treat U+2003 and U+3000 as white space.");
        Matcher plain = Pattern.compile(RegexTokenizer.GPT4_SPLIT_PATTERN).matcher(text);
        List<String> ascii = new java.util.ArrayList<>();
        while (plain.find()) {
            ascii.add(plain.group());
        }
        Expect.that(!ascii.equals(gpt4), "without the flag the split should differ (the lesson relies on it)");
        Expect.that(ascii.contains("\u2003\u2003"), "without the flag U+2003 is not \\s, so the two em spaces are "
                + "punctuation, one chunk: " + ascii.stream().map(Fixtures::quote).toList());
    }

    @Test
    @DisplayName("the GPT-2 pattern through the (String pattern) constructor")
    void gpt2Split() {
        RegexTokenizer t = new RegexTokenizer(RegexTokenizer.GPT2_SPLIT_PATTERN);
        splits(t, "Hello've world123 HOW'S 1234567!!",
                List.of("Hello", "'ve", " world", "123", " HOW", "'", "S", " 1234567", "!!"),
                "GPT-2's contractions are lower case only and its digit runs have no limit.");
        Expect.equal("pattern()", t.pattern(), RegexTokenizer.GPT2_SPLIT_PATTERN, "");
    }

    @Test
    @DisplayName("training counts pairs inside chunks only: taylorswift.txt's first merges")
    void trainWithinChunks() {
        RegexTokenizer t = new RegexTokenizer();
        t.train(Fixtures.taylorSwift(), 256 + 6, false);
        Expect.equal("first six merges of a RegexTokenizer on taylorswift.txt", t.merges().keySet().toString(),
                "[(101, 114), (50, 48), (111, 114), (105, 110), (101, 100), (32, 116)]",
                "Split the text with the pattern, take each chunk's UTF-8 bytes, and count pairs over all chunks together "
                        + "but never across a chunk's edge. \"e \" (101, 32), the BasicTokenizer's first merge, cannot happen "
                        + "here: a space always starts a chunk.");
        int[] ids = t.encode("Taylor Swift's 2024 tour");
        Expect.equal("decode(encode(\"Taylor Swift's 2024 tour\"))", t.decode(ids), "Taylor Swift's 2024 tour", "");
    }

    @Test
    @DisplayName("encode(text) refuses a special token and names it")
    void encodeRefusesSpecials() {
        RegexTokenizer t = new RegexTokenizer();
        t.registerSpecialTokens(specials());
        Expect.equal("encode(\"hello world\") with special tokens registered", Arrays.toString(t.encode("hello world")),
                Arrays.toString(t.encodeOrdinary("hello world")), "Text without special tokens encodes as encodeOrdinary does.");
        try {
            t.encode("hi <|fim_middle|> there");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("<|fim_middle|>"),
                    "the message should name the special token found, <|fim_middle|>, but was: " + e.getMessage());
            return;
        }
        Expect.that(false, "encode(\"hi <|fim_middle|> there\") should throw IllegalArgumentException: a special token in "
                + "user text could end a document or switch roles in the model, so it must be allowed explicitly.");
    }

    @Test
    @DisplayName("allowed special tokens become one id each and are never split by the pattern")
    void allowedSpecials() {
        RegexTokenizer t = new RegexTokenizer();
        t.train(Fixtures.taylorSwift().substring(0, 30_000), 300, false);
        t.registerSpecialTokens(specials());
        String text = "a" + EOT + "b<|fim_prefix|>!!" + EOT;
        int[] ids = t.encode(text, Set.of(EOT, "<|fim_prefix|>"));
        int[] expected = concat(t.encodeOrdinary("a"), new int[] {100257}, t.encodeOrdinary("b"), new int[] {100258},
                t.encodeOrdinary("!!"), new int[] {100257});
        Expect.equal("encode(" + Fixtures.quote(text) + ", {<|endoftext|>, <|fim_prefix|>})", Arrays.toString(ids),
                Arrays.toString(expected), "Find the allowed special tokens first and cut the text around them; encode the "
                        + "pieces between them ordinarily. Running the split pattern over the whole text first cuts "
                        + "<|endoftext|> into \"<|\", \"endoftext\" and \"|>\", and the special token is lost.");
        Expect.equal("decode of those ids", t.decode(ids), text, "A special id decodes to its text.");
        int[] onlyEot = t.encode("x<|fim_prefix|>y" + EOT, Set.of(EOT));
        Expect.equal("encode with only <|endoftext|> allowed", Arrays.toString(onlyEot),
                Arrays.toString(concat(t.encodeOrdinary("x<|fim_prefix|>y"), new int[] {100257})),
                "A special token that is not allowed is ordinary text.");
        Expect.equal("encode(text, {}) ", Arrays.toString(t.encode("x" + EOT, Set.of())),
                Arrays.toString(t.encodeOrdinary("x" + EOT)), "With nothing allowed, specials are plain text.");
    }

    @Test
    @DisplayName("special tokens keep their registration order; an unknown allowed token is an error")
    void registration() {
        RegexTokenizer t = new RegexTokenizer();
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put("<|z|>", 1001);
        s.put("<|a|>", 1000);
        s.put("<|m|>", 1002);
        t.registerSpecialTokens(s);
        Expect.equal("specialTokens() order", List.copyOf(t.specialTokens().keySet()), List.of("<|z|>", "<|a|>", "<|m|>"),
                "Keep the tokens in registration order (a LinkedHashMap copy): save() writes them in that order.");
        Expect.equal("decode([1000, 104, 1002])", t.decode(new int[] {1000, 104, 1002}), "<|a|>h<|m|>", "");
        try {
            t.encode("hi", Set.of("<|nope|>"));
        } catch (IllegalArgumentException e) {
            return;
        }
        Expect.that(false, "encode(\"hi\", {\"<|nope|>\"}) should throw IllegalArgumentException: <|nope|> is not a special "
                + "token of this tokenizer, which is almost always a typo.");
    }

    @Test
    @DisplayName("encode(text) refuses a special token at the very start of the text too")
    void encodeRefusesSpecialAtStart() {
        RegexTokenizer t = new RegexTokenizer();
        t.registerSpecialTokens(specials());
        try {
            t.encode(EOT + " hello");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains(EOT),
                    "the message should name the special token found, " + EOT + ", but was: " + e.getMessage());
            return;
        }
        Expect.that(false, "encode(\"" + EOT + " hello\") should throw IllegalArgumentException: text.indexOf(special) is 0 "
                + "for a special token at the start, and 0 means found (only −1 means absent).");
    }

    @Test
    @DisplayName("encode(text) names the special token that comes first in the text")
    void encodeNamesFirstSpecial() {
        RegexTokenizer t = new RegexTokenizer();
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put("<|b|>", 1000);
        s.put("<|a|>", 1001);
        s.put("<|a|>+", 1002);
        t.registerSpecialTokens(s);
        for (String text : new String[] {"x <|a|> y <|b|>", "x <|a|>+ y <|b|>"}) {
            try {
                t.encode(text);
                Expect.that(false, "encode(\"" + text + "\") should throw IllegalArgumentException");
            } catch (IllegalArgumentException e) {
                Expect.that(e.getMessage() != null && e.getMessage().contains("<|a|> (at index 2)"),
                        "for \"" + text + "\" the message should name the special token at the lowest index, <|a|> (at "
                                + "index 2); where two start at the same index, the one registered first; but was: "
                                + e.getMessage());
            }
        }
    }

    @Test
    @DisplayName("registerSpecialTokens rejects empty tokens, ordinary ids and shared ids, and replaces earlier ones")
    void registrationChecks() {
        RegexTokenizer t = new RegexTokenizer();
        rejected(t, Map.of("", 1000), "the empty string can never be found in a text as a token: it is rejected");
        rejected(t, Map.of("<|x|>", 255), "id 255 is the byte token 0xFF of an untrained tokenizer: a special token "
                + "must get an id from 256 + (number of merges) up");
        Map<String, Integer> shared = new LinkedHashMap<>();
        shared.put("<|a|>", 300);
        shared.put("<|b|>", 300);
        rejected(t, shared, "two special tokens with the same id 300 could not be told apart when decoding");
        t.registerSpecialTokens(Map.of("<|first|>", 256));
        Expect.equal("specialTokens() after registering <|first|> as 256", t.specialTokens(), Map.of("<|first|>", 256),
                "Without merges the ordinary ids are 0..255, so 256 is the first free id and is allowed.");
        t.registerSpecialTokens(Map.of("<|second|>", 257));
        Expect.equal("specialTokens() after registering <|second|> next", t.specialTokens(), Map.of("<|second|>", 257),
                "registerSpecialTokens replaces the special tokens registered before (clear, then putAll).");
        RegexTokenizer trained = new RegexTokenizer();
        trained.train("aaaa", 257, false);
        try {
            trained.registerSpecialTokens(Map.of("<|x|>", 256));
            Expect.that(false, "after one merge, id 256 is the merged token \"aa\": registering <|x|> as 256 should throw");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("257"),
                    "the message should say that special ids start at 257 (256 + 1 merge), but was: " + e.getMessage());
        }
        try {
            t.decode(new int[] {256});
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("0..255") && e.getMessage().contains("<|second|>"),
                    "decoding the unknown id 256 should fail with a message that gives the ordinary ids 0..255 and "
                            + "names the special tokens, but was: " + e.getMessage());
            return;
        }
        Expect.that(false, "decode([256]) should throw IllegalArgumentException: 256 is no longer a special token");
    }

    private static void rejected(RegexTokenizer t, Map<String, Integer> tokens, String why) {
        try {
            t.registerSpecialTokens(tokens);
        } catch (IllegalArgumentException e) {
            Expect.that(t.specialTokens().isEmpty(), "a rejected registration should leave the special tokens as they were");
            return;
        }
        Expect.that(false, "registerSpecialTokens(" + tokens + ") should throw IllegalArgumentException: " + why);
    }

    static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
    }
}
