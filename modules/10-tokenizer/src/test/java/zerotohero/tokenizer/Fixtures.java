package zerotohero.tokenizer;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import zerotohero.kit.data.Datasets;

/** The texts, the reference cl100k_base (JTokkit) and the helpers the tests share. */
final class Fixtures {

    private Fixtures() {
    }

    private static String taylorSwift;
    private static String shakespeare;
    private static GPT4Tokenizer gpt4;
    private static Encoding cl100k;

    static synchronized String taylorSwift() {
        if (taylorSwift == null) {
            taylorSwift = Datasets.standard().text("taylorswift.txt");
        }
        return taylorSwift;
    }

    static synchronized String shakespeare() {
        if (shakespeare == null) {
            shakespeare = Datasets.standard().text("tinyshakespeare.txt");
        }
        return shakespeare;
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    /** One GPT4Tokenizer for all tests (building it reads 100,256 ranks and recovers 100,000 merges). */
    static synchronized GPT4Tokenizer gpt4() {
        if (gpt4 == null) {
            gpt4 = new GPT4Tokenizer();
        }
        return gpt4;
    }

    /** The reference: JTokkit's cl100k_base, a port of tiktoken. */
    static synchronized Encoding cl100k() {
        if (cl100k == null) {
            cl100k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
        }
        return cl100k;
    }

    static int[] reference(String text) {
        return cl100k().encodeOrdinary(text).toArray();
    }

    /**
     * Strings made to be hard on a tokenizer, from a seed: ASCII words and punctuation, digits, runs of
     * spaces, tabs and newlines, accented Latin with combining marks, Korean, Chinese, emoji and other
     * characters beyond U+FFFF, and apostrophes for the contraction rules.
     */
    static List<String> randomStrings(long seed, int count, boolean loneSurrogates) {
        Random random = new Random(seed);
        String[] pieces = {"the", " the", "The", "'s", "'S", "'ll", "'VE", "'re", "'d", "'m", "'t", " ", "  ", "   ",
                "\t", "\n", "\r\n", "\n\n", " \n ", "!", "?!", "...", "(", ")", ",", ".", "-", "_", "\"", "@#$",
                "0", "7", "42", "123", "2024", "99999999", "3.14", "\u00a0", "\u2003", "\u3000", "é", "e\u0301",
                "n\u0303o", "ß", "ſ", "K", "\u212a", "안녕", "하세요", "中文", "字", "日本語", "😉", "👍🏽", "🇺🇦",
                "👨‍👩‍👧", "𝔘𝔫𝔦", "\uD800\uDC00", "Ω", "π", "ℵ", "٣", "١٢٣", "Ⅻ", "\u0000", "\u001f", "\u007f",
                "\u0085", "\u2028", "\ufeff", "<|endoftext|>", "<|", "|>"};
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                switch (random.nextInt(8)) {
                    case 0 -> s.appendCodePoint(random.nextInt(0x80));
                    case 1 -> s.appendCodePoint(randomCodePoint(random));
                    case 2 -> {
                        if (loneSurrogates) {
                            s.append((char) (0xD800 + random.nextInt(0x800)));
                        } else {
                            s.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                        }
                    }
                    default -> s.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            out.add(s.toString());
        }
        return out;
    }

    private static int randomCodePoint(Random random) {
        while (true) {
            int cp = random.nextInt(0x30000);
            if (cp < 0xD800 || cp > 0xDFFF) {
                return cp;
            }
        }
    }

    static String show(int[] ids) {
        return ids.length > 40 ? Arrays.toString(Arrays.copyOf(ids, 40)).replace("]", ", …] (" + ids.length + " ids)")
                : Arrays.toString(ids);
    }

    /** A string with its invisible characters made visible, for messages. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.isWhitespace(cp) && cp != ' ') {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
