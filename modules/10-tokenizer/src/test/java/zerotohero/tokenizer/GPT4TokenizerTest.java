package zerotohero.tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("10.4")
@DisplayName("10.4 GPT4Tokenizer equals cl100k_base")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GPT4TokenizerTest {

    private static final String SHUFFLE = "Before merging, map every byte b of a chunk to the rank of the one-byte token b "
            + "(the byte shuffle): cl100k_base does not give the bytes ranks 0..255 in order.";

    @Test
    @DisplayName("recoverMerges finds each token's two parts in a small rank table")
    void recoverMergesSmall() {
        Map<String, Integer> ranks = new java.util.LinkedHashMap<>(); // listed against rank order on purpose
        ranks.put("abc", 5);
        ranks.put("ab", 4);
        ranks.put("bc", 3);
        ranks.put("c", 2);
        ranks.put("b", 1);
        ranks.put("a", 0);
        Map<Pair, Integer> merges = GPT4Tokenizer.recoverMerges(ranks);
        Expect.equal("merges recovered from {a:0, b:1, c:2, bc:3, ab:4, abc:5}", new ArrayList<>(merges.entrySet()).toString(),
                "[(1, 2)=3, (0, 1)=4, (0, 3)=5]",
                "For \"abc\" (rank 5) run the merge loop on a, b, c with only ranks below 5: bc (3) beats ab (4), leaving "
                        + "[a, bc], so abc = (0, 3), not (4, 2). List merges in rank order; single bytes are not merges.");
    }

    @TempDir
    Path dir;

    /** Every byte, ranked in reverse order (byte b has rank 255 − b), then "ab" (256) and "abc" (257). */
    private static Map<String, Integer> tinyRanks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (int b = 0; b < 256; b++) {
            ranks.put(String.valueOf((char) b), 255 - b);
        }
        ranks.put("ab", 256);
        ranks.put("abc", 257);
        return ranks;
    }

    @Test
    @DisplayName("a tokenizer built from a tiny rank table shuffles bytes into ranks, merges, and decodes back")
    void tinyRankTable() {
        GPT4Tokenizer t = new GPT4Tokenizer(tinyRanks());
        Expect.equal("merges of {byte b: 255 − b, ab: 256, abc: 257}", t.merges().toString(), "{(158, 157)=256, (256, 156)=257}",
                "\"ab\" is (rank of a, rank of b) = (255 − 97, 255 − 98); \"abc\" is (ab, c) = (256, 255 − 99).");
        Expect.equal("encode(\"abc ab\")", Arrays.toString(t.encode("abc ab")), "[257, 223, 256]",
                "Chunks \"abc\" and \" ab\": each byte b becomes its rank 255 − b (the space 32 becomes 223) before merging, "
                        + "so \"abc\" merges into 257 and \" ab\" into [223, 256]. " + SHUFFLE);
        Expect.equal("decode(encode(\"abc ab\"))", t.decode(t.encode("abc ab")), "abc ab",
                "The vocabulary maps each rank to its real bytes, so decoding needs no unshuffle.");
        Expect.equal("special tokens of a tokenizer built from ranks", t.specialTokens(), GPT4Tokenizer.SPECIAL_TOKENS,
                "Every GPT4Tokenizer registers cl100k_base's special tokens.");
    }

    @Test
    @DisplayName("rank tables that cannot work are rejected: a byte without a rank, a token that is no merge")
    void badRankTables() {
        Map<String, Integer> noZ = tinyRanks();
        noZ.remove("z");
        try {
            new GPT4Tokenizer(noZ);
            Expect.that(false, "new GPT4Tokenizer(ranks without \"z\") should throw IllegalArgumentException: a text with a "
                    + "z could not be encoded");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("122"),
                    "the message should name the byte without a rank, 122, but was: " + e.getMessage());
        }
        Map<String, Integer> ranks = new HashMap<>();
        ranks.put("a", 0);
        ranks.put("b", 1);
        ranks.put("c", 2);
        ranks.put("abc", 3);
        try {
            GPT4Tokenizer.recoverMerges(ranks);
            Expect.that(false, "recoverMerges({a:0, b:1, c:2, abc:3}) should throw IllegalArgumentException: neither ab nor "
                    + "bc has a rank, so the merge loop leaves abc in three parts, and a merge joins exactly two");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("3 parts"),
                    "the message should say how many parts were left (3 parts), but was: " + e.getMessage());
        }
    }

    @Test
    @DisplayName("readRanks reads a .tiktoken file, skips blank lines, and names a broken line")
    void readRanksFile() throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        StringBuilder file = new StringBuilder();
        for (int b = 0; b < 256; b++) {
            file.append(base64.encodeToString(new byte[] {(byte) b})).append(' ').append(255 - b).append('\n');
        }
        file.append('\n').append(base64.encodeToString("ab".getBytes(StandardCharsets.US_ASCII))).append(" 256\n\n");
        Path ranksFile = dir.resolve("tiny.tiktoken");
        Files.writeString(ranksFile, file);
        Map<String, Integer> ranks = GPT4Tokenizer.readRanks(ranksFile);
        Expect.equal("number of ranks read", ranks.size(), 257, "256 bytes and \"ab\"; blank lines are skipped.");
        GPT4Tokenizer t = new GPT4Tokenizer(ranks);
        Expect.equal("encode(\"ab\") with the ranks read", Arrays.toString(t.encode("ab")), "[256]", SHUFFLE);
        Files.writeString(ranksFile, file + "YWJj\n");
        try {
            GPT4Tokenizer.readRanks(ranksFile);
            Expect.that(false, "readRanks should throw IllegalArgumentException for the line \"YWJj\", which has no rank");
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains("line 260"),
                    "the message should give the broken line, line 260, but was: " + e.getMessage());
        }
    }

    @Test
    @DisplayName("\"hello123!!!? (안녕하세요!) 😉\" has cl100k_base's ids")
    void syllabusString() {
        GPT4Tokenizer t = Fixtures.gpt4();
        Expect.equal("encode(\"hello123!!!? (안녕하세요!) 😉\")", Arrays.toString(t.encode("hello123!!!? (안녕하세요!) 😉")),
                "[15339, 4513, 12340, 30, 320, 31495, 230, 75265, 243, 92245, 16715, 57037]", SHUFFLE);
        Expect.equal("merges recovered from cl100k_base", t.merges().size(), 100_000,
                "Ranks 256..100255 are merged tokens: one merge each.");
    }

    @Test
    @DisplayName("special tokens: ids 100257, 100258, 100259, 100260, 100276; \"<|endoftext|>hello world\" → [100257, 15339, 1917]")
    void specials() {
        GPT4Tokenizer t = Fixtures.gpt4();
        Expect.equal("special tokens", t.specialTokens().toString(),
                "{<|endoftext|>=100257, <|fim_prefix|>=100258, <|fim_middle|>=100259, <|fim_suffix|>=100260, <|endofprompt|>=100276}",
                "Register cl100k_base's five special tokens, in this order.");
        Expect.equal("encode(\"<|endoftext|>hello world\", {<|endoftext|>})",
                Arrays.toString(t.encode("<|endoftext|>hello world", Set.of("<|endoftext|>"))), "[100257, 15339, 1917]", "");
        Expect.equal("decode([100257, 15339, 1917])", t.decode(new int[] {100257, 15339, 1917}), "<|endoftext|>hello world",
                "Special ids decode to their text, as tiktoken does.");
        Expect.equal("encodeOrdinary(\"<|endoftext|>\")", Arrays.toString(t.encodeOrdinary("<|endoftext|>")),
                Arrays.toString(Fixtures.reference("<|endoftext|>")), "");
    }

    @Test
    @DisplayName("equal to cl100k_base (JTokkit) on every line of taylorswift.txt")
    void taylorSwiftLines() {
        sameAsReference("taylorswift.txt line", Fixtures.lines(Fixtures.taylorSwift()));
    }

    @Test
    @DisplayName("equal to cl100k_base (JTokkit) on every line of tinyshakespeare.txt")
    void shakespeareLines() {
        sameAsReference("tinyshakespeare.txt line", Fixtures.lines(Fixtures.shakespeare()));
    }

    @Test
    @DisplayName("equal to cl100k_base on every single byte 0..255 (as a char), digit runs and white-space runs")
    void bytesDigitsAndWhitespace() {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 256; c++) {
            texts.add(String.valueOf((char) c));
            texts.add("a" + (char) c + "b " + (char) c + (char) c + "\n");
        }
        StringBuilder digits = new StringBuilder();
        for (int n = 1; n <= 40; n++) {
            digits.append((char) ('0' + n % 10));
            texts.add(digits.toString());
            texts.add("x" + " ".repeat(n) + "y");
            texts.add(" ".repeat(n) + "\n".repeat(n % 4) + "\t".repeat(n % 3) + "z");
            texts.add("\u3000".repeat(n % 5) + "٣".repeat(n) + "Ⅻ");
        }
        sameAsReference("generated text", texts);
    }

    @Test
    @DisplayName("equal to cl100k_base on 3,000 random strings: emoji, CJK, combining marks, astral characters")
    void randomStrings() {
        sameAsReference("random string", Fixtures.randomStrings(42, 3000, false));
    }

    @Test
    @DisplayName("1,000 random strings with unpaired surrogates encode as tiktoken does: each one as U+FFFD")
    void loneSurrogates() {
        GPT4Tokenizer t = Fixtures.gpt4();
        for (String s : Fixtures.randomStrings(43, 1000, true)) {
            String replaced = Utf8.wellFormed(s);
            Expect.equal("ids of " + Fixtures.quote(s), Fixtures.show(t.encodeOrdinary(s)), Fixtures.show(Fixtures.reference(replaced)),
                    "Half a surrogate pair is not a character and has no UTF-8 bytes; Utf8.ids encodes it as U+FFFD, as "
                            + "tiktoken does (String.getBytes would write '?').");
        }
    }

    @Test
    @DisplayName("round trip over 3,000 random strings, and decode never throws on valid ids (specials included)")
    void roundTripAndDecode() {
        GPT4Tokenizer t = Fixtures.gpt4();
        for (String s : Fixtures.randomStrings(44, 3000, false)) {
            Expect.equal("decode(encodeOrdinary(" + Fixtures.quote(s) + "))", t.decode(t.encodeOrdinary(s)), s,
                    "Decoding must give back the text: the vocabulary must hold each id's real bytes (un-shuffled).");
        }
        Random random = new Random(45);
        int[] specialIds = {100257, 100258, 100259, 100260, 100276};
        for (int k = 0; k < 3000; k++) {
            int[] ids = new int[random.nextInt(10)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = random.nextInt(20) == 0 ? specialIds[random.nextInt(5)] : random.nextInt(100_256);
            }
            try {
                t.decode(ids);
            } catch (RuntimeException e) {
                Expect.that(false, "decode(" + Arrays.toString(ids) + ") threw " + e + ": every id 0..100255 and every "
                        + "special id is valid, and bytes that are not UTF-8 become U+FFFD.");
            }
        }
    }

    private static void sameAsReference(String what, List<String> texts) {
        GPT4Tokenizer t = Fixtures.gpt4();
        int i = 0;
        for (String text : texts) {
            i++;
            int[] expected = Fixtures.reference(text);
            int[] actual = t.encodeOrdinary(text);
            if (!Arrays.equals(actual, expected)) {
                Expect.equal("ids of " + what + " " + i + ", " + Fixtures.quote(text.length() > 80 ? text.substring(0, 80) + "…" : text),
                        Fixtures.show(actual), Fixtures.show(expected),
                        "cl100k_base (JTokkit) encodes it differently. " + SHUFFLE + " Then merge within each chunk of "
                                + "the GPT-4 pattern, lowest merge id first.");
            }
        }
    }
}
