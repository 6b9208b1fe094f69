package zerotohero.tokenizer;

import java.nio.charset.StandardCharsets;

/**
 * Text to UTF-8 bytes and back, the way tokenizers need it.
 *
 * <p>Decoding never fails. A token sequence can end in the middle of a character (an emoji is four bytes
 * and a model may emit only the first two), so every ill-formed part becomes U+FFFD, the replacement
 * character. Which bytes count as one ill-formed part is fixed by the Unicode standard ("maximal subparts",
 * chapter 3): an unfinished but so-far valid sequence is one U+FFFD; a byte that can never start or
 * continue a character is one U+FFFD of its own. Python's {@code bytes.decode("utf-8", "replace")} and
 * Rust's {@code String::from_utf8_lossy} (so tiktoken) follow that rule; Java's own decoder differs on a
 * few sequences (an encoded surrogate such as {@code ED A0 80}), hence this class.
 */
public final class Utf8 {

    /** U+FFFD, shown where bytes are not valid UTF-8. */
    public static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    /**
     * The UTF-8 bytes of {@code text}. A Java string can hold half of a surrogate pair, which is not a
     * character and has no UTF-8 form; like tiktoken, each one is encoded as U+FFFD.
     */
    public static byte[] encode(String text) {
        return wellFormed(text).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} with every unpaired surrogate replaced by U+FFFD (the same string if there are none). */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(i, REPLACEMENT);
        }
        return out == null ? text : out.toString();
    }

    /**
     * Writes the UTF-8 bytes of {@code text[from, to)} into {@code out} and returns how many there are, with
     * unpaired surrogates as U+FFFD, as {@link #encode(String)} does — but with no new String or array, for
     * encoding loops that go chunk by chunk. {@code out} must have room for 3 bytes per char (a char is at
     * most 3 bytes; a surrogate pair, two chars, is 4).
     */
    static int encode(String text, int from, int to, byte[] out) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
                continue;
            }
            if (Character.isSurrogate((char) c)) {
                boolean paired = Character.isHighSurrogate((char) c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    c = Character.toCodePoint((char) c, text.charAt(++i));
                } else {
                    c = REPLACEMENT;
                }
            }
            if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
            } else if (c < 0x10000) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | c >> 18);
                out[n++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            }
            out[n++] = (byte) (0x80 | c & 0x3F);
        }
        return n;
    }

    /** The bytes of {@code text} as ids 0..255, the alphabet byte-level BPE starts from. */
    public static int[] ids(String text) {
        byte[] bytes = encode(text);
        int[] ids = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ids[i] = bytes[i] & 0xFF;
        }
        return ids;
    }

    /** The first {@code length} bytes as text; ill-formed parts become U+FFFD (see the class comment). */
    public static String decode(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0; // shorter forms of these characters exist: overlong
                } else if (b == 0xED) {
                    hi = 0x9F; // would encode a surrogate, which is not a character
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F; // beyond U+10FFFF
                }
            } else {
                out.append(REPLACEMENT); // 80..C1 and F5..FF never start a character
                i++;
                continue;
            }
            int codePoint = b & (0x3F >> need);
            int j = i + 1;
            int got = 0;
            while (got < need && j < length) {
                int c = bytes[j] & 0xFF;
                boolean ok = got == 0 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
                if (!ok) {
                    break;
                }
                codePoint = codePoint << 6 | (c & 0x3F);
                got++;
                j++;
            }
            if (got == need) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(REPLACEMENT); // the valid start of a character that never finished
            }
            i = j;
        }
        return out.toString();
    }

    /** All of {@code bytes} as text; see {@link #decode(byte[], int)}. */
    public static String decode(byte[] bytes) {
        return decode(bytes, bytes.length);
    }
}
