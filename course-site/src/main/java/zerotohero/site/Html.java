package zerotohero.site;

import java.util.regex.Pattern;

/** The few HTML string helpers the generator needs: escaping, and text out of our own markup. */
final class Html {

    /** Tags inside a run of text leave nothing behind; any other tag separates words. */
    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:a|b|code|em|i|mark|span|strong|sub|sup)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Html() {}

    /** Escapes text for use in element content and in double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The visible text of HTML that this generator wrote (well-formed, no comments or scripts): tags
     * dropped, the five entities {@link #escape} writes decoded, white space collapsed.
     */
    static String text(String html) {
        String text = TAG.matcher(INLINE_TAG.matcher(html).replaceAll("")).replaceAll(" ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
