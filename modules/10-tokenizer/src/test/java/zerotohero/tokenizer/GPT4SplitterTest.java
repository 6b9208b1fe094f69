package zerotohero.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Expect;

/**
 * {@link GPT4Splitter}, the hand-written scanner behind GPT4Tokenizer's fast encoding, cuts every text
 * exactly where {@code java.util.regex} cuts it with the GPT-4 pattern. The scanner is given code, so
 * these tests grade nothing; they are the proof that the fast path may skip the regular expression.
 */
@DisplayName("10 given: GPT4Splitter cuts text exactly as the GPT-4 pattern does")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GPT4SplitterTest {

    private static final Pattern GPT4 = RegexTokenizer.compile(RegexTokenizer.GPT4_SPLIT_PATTERN);

    /** The pattern's matches, as RegexTokenizer.split finds them. */
    private static List<String> regex(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher m = GPT4.matcher(text);
        while (m.find()) {
            chunks.add(m.group());
        }
        return chunks;
    }

    private static void same(String what, String text) {
        List<String> expected = regex(text);
        List<String> actual = GPT4Splitter.split(text);
        if (actual.equals(expected)) {
            return;
        }
        int i = 0;
        while (i < Math.min(actual.size(), expected.size()) && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        Expect.equal(what + ", chunks from number " + i, window(actual, i), window(expected, i),
                "GPT4Splitter must find the regular expression's chunks, character class by character class.");
    }

    private static List<String> window(List<String> chunks, int from) {
        return chunks.subList(Math.max(0, from - 2), Math.min(chunks.size(), from + 3)).stream().map(Fixtures::quote).toList();
    }

    @Test
    @DisplayName("the lesson's examples")
    void examples() {
        for (String text : new String[] {"", "Hello've world123 how's are you!!!?", "HOW'S  it   going?\n\n  1234567 x",
            "hello123!!!? (안녕하세요!) 😉", "a\u00a0b\u2003\u2003c said I'LL\u3000\u3000go", "'ſ 'll 'LL 'Ve 're 'x",
            "x  \r\n\r\n  \t y \n", "   ", " ", "\n", "'", "''s", "😉😉abc 😉 abc"}) {
            same(Fixtures.quote(text), text);
        }
    }

    @Test
    @DisplayName("all of taylorswift.txt and tinyshakespeare.txt")
    void bothTexts() {
        same("taylorswift.txt", Fixtures.taylorSwift());
        same("tinyshakespeare.txt", Fixtures.shakespeare());
    }

    @Test
    @DisplayName("5,000 random strings: every character class, contractions in any case, CRLF, astral and lone surrogates")
    void randomStrings() {
        Random random = new Random(15);
        String[] pieces = {"'", "'s", "'S", "'ſ", "'d", "'D", "'m", "'M", "'t", "'T", "'ll", "'LL", "'lL", "'ve", "'VE", "'vE",
            "'re", "'RE", "'Re", "'x", "''", "s", "l", "e", "ll", "ve", " ", "  ", "\t", "\u000b", "\f", "\r", "\n", "\r\n",
            "\n\n", " \n", "\n ", "\u001c", "\u001f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u200b",
            "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "0", "7", "12", "123", "1234", "٣", "०", "１", "²",
            "½", "Ⅻ", "\uD835\uDFD8", "\uD801\uDCA0", "a", "Z", "é", "e\u0301", "ǅ", "ʰ", "ß", "K", "\u212a", "Ω", "안녕",
            "中文", "\uD835\uDD18", "\uD801\uDC00", "😉", "👍🏽", "👨\u200d👩\u200d👧", "!", "?!", "...", "(", ")", "-",
            "_", "\"", "@#$", "€", "\u0301", "\u0000", "\u007f", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE09"};
        for (int k = 0; k < 5000; k++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> s.append((char) random.nextInt(0x80));
                    case 1 -> s.append((char) random.nextInt(0x10000)); // any char, lone surrogates included
                    case 2 -> s.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                    default -> s.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            same("random string " + k + ", " + Fixtures.quote(s.toString()), s.toString());
        }
    }

    @Test
    @DisplayName("every char U+0000..U+FFFF (lone surrogates too) and every 97th code point beyond, in a dozen contexts each")
    void everyCharacter() {
        List<Integer> codePoints = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
            codePoints.add(cp);
        }
        for (int from = 0; from < codePoints.size(); from += 0x2000) {
            List<Integer> block = codePoints.subList(from, Math.min(codePoints.size(), from + 0x2000));
            StringBuilder s = new StringBuilder();
            for (int cp : block) {
                String c = new StringBuilder().appendCodePoint(cp).toString(); // a surrogate code point is a lone one
                s.append('a').append(c).append('1').append(c).append('!').append(c).append(c).append(' ').append(c)
                        .append("\n'").append(c).append("1'").append(c).append("l1'").append(c).append("e1'l").append(c)
                        .append("1'v").append(c).append("1'r").append(c).append(" ").append(c).append("a\r");
            }
            same(String.format("code points U+%04X..U+%04X", block.get(0), block.get(block.size() - 1)), s.toString());
        }
    }

    @Test
    @DisplayName("letters, numbers and white space are Java's \\p{L}, \\p{N} and Unicode \\s, for every code point")
    void characterClasses() {
        Matcher letter = RegexTokenizer.compile("\\p{L}").matcher("");
        Matcher number = RegexTokenizer.compile("\\p{N}").matcher("");
        Matcher space = RegexTokenizer.compile("\\s").matcher("");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new StringBuilder().appendCodePoint(cp).toString();
            int expected = letter.reset(c).matches() ? GPT4Splitter.LETTER : number.reset(c).matches() ? GPT4Splitter.NUMBER
                    : space.reset(c).matches() ? GPT4Splitter.SPACE : GPT4Splitter.OTHER;
            int kind = GPT4Splitter.kind(cp);
            if (kind != expected) {
                Expect.equal(String.format("the kind of U+%04X (1 letter, 2 number, 3 space, 4 other)", cp), kind, expected,
                        "\\p{L} is Character.isLetter; \\p{N} is the categories Nd, Nl and No; \\s is Zs, Zl, Zp, "
                                + "U+0009..U+000D and U+0085.");
            }
        }
    }
}
