package zerotohero.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws text as coloured tokens, the way tokenizer playgrounds show it, as an SVG picture: every token is
 * a box in its own colour, so where one token ends and the next begins is visible at a glance.
 *
 * <p>A token's bytes need not be whole characters (a Korean syllable is three bytes, and a tokenizer
 * trained on English keeps them apart). Such a token is drawn as its bytes in hex, e.g. {@code ec 95},
 * instead of a U+FFFD that would hide what happened. A space is drawn as {@code ·}, a newline as
 * {@code ↵} followed by a line break, a tab as {@code →}.
 */
final class TokenPicture {

    private static final String[] COLOURS = {"#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8", "#a5f3fc",
        "#fed7aa"};
    private static final int WIDTH = 880;
    private static final double CELL = 8.6; // width of one monospace cell at 14 px
    private static final int LINE = 24;

    /** One labelled block of text with its token ids. */
    record Block(String label, Tokenizer tokenizer, String text) {
    }

    private TokenPicture() {
    }

    /** An SVG with each block's label (and token count) above its tokens. */
    static String svg(String title, List<Block> blocks) {
        List<String> body = new ArrayList<>();
        double y = 34;
        body.add(text(12, 22, title, "font-size:16px;font-weight:bold", false));
        for (Block b : blocks) {
            int[] ids = b.tokenizer().encode(b.text(), java.util.Set.of());
            int bytes = Utf8.encode(b.text()).length;
            y += 20;
            body.add(text(12, y, String.format(Locale.ROOT, "%s — %d tokens for %d bytes (%.2f bytes per token)", b.label(),
                    ids.length, bytes, bytes / (double) ids.length), "font-size:13px;fill:#374151", false));
            y += 10;
            double x = 12;
            for (int i = 0; i < ids.length; i++) {
                String shown = shown(b.tokenizer().tokenBytes(ids[i]));
                boolean newline = shown.endsWith("↵");
                double w = Math.max(width(shown), 6) + 4;
                if (x + w > WIDTH - 12) {
                    x = 12;
                    y += LINE + 4;
                }
                body.add(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"><title>%d</title></rect>",
                        x, y, w, LINE, COLOURS[i % COLOURS.length], ids[i]));
                body.add(text(x + 2, y + 17, shown, "", shown.startsWith("⟨")));
                x += w + 2;
                if (newline) {
                    x = 12;
                    y += LINE + 4;
                }
            }
            y += LINE + 14;
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"14\">\n",
                WIDTH, (int) y, WIDTH, (int) y));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        body.forEach(line -> out.append(line).append('\n'));
        return out.append("</svg>\n").toString();
    }

    /** The token as it is drawn: its text with white space made visible, or its bytes in hex if not whole characters. */
    static String shown(byte[] token) {
        String s = Utf8.decode(token);
        if (s.indexOf(Utf8.REPLACEMENT) >= 0) { // not whole characters

            StringBuilder hex = new StringBuilder("⟨");
            for (int i = 0; i < token.length; i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("%02x", token[i] & 0xFF));
            }
            return hex.append("⟩").toString();
        }
        return s.replace(' ', '·').replace("\t", "→").replace("\r", "␍").replace("\n", "↵");
    }

    /** Monospace cells: two for East Asian wide characters and emoji, one otherwise. */
    private static double width(String s) {
        double w = 0;
        for (int cp : s.codePoints().toArray()) {
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x1F300;
            w += wide ? 2 * CELL : CELL;
        }
        return w;
    }

    private static String text(double x, double y, String s, String style, boolean small) {
        String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s xml:space=\"preserve\">%s</text>", x, y,
                style.isEmpty() ? (small ? " font-size=\"11\" fill=\"#6b7280\"" : "") : " style=\"" + style + "\"", escaped);
    }
}
