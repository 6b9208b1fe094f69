package zerotohero.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the TeX out of a lesson before the Markdown parser sees it, and puts it back afterwards.
 *
 * <p>Markdown and TeX disagree about almost every special character: in {@code $a*b*c$} the stars are
 * multiplication, not emphasis, and in {@code $x_1 + y_1$} the underscores are subscripts. So each math
 * span is replaced by an opaque placeholder (two private-use characters around a number) that no
 * Markdown rule touches, and {@link #restore} swaps the rendered placeholders for elements that KaTeX
 * renders in the browser: {@code <span class="math inline">} and {@code <div class="math display">}.
 *
 * <p>What counts as math follows the usual conventions of Markdown-with-TeX tools: {@code $$...$$} is
 * display math and may span lines; {@code $...$} is inline math when the opening dollar is not followed by
 * a space and the closing one is not preceded by a space nor followed by a digit (so "costs $5 and $10"
 * stays text); {@code \$} is a literal dollar; dollars inside code spans and fenced code blocks are code.
 */
final class MathExtractor {

    /** One piece of TeX taken out of the source. */
    record Math(String tex, boolean display) {}

    /** The source with placeholders, and the math they stand for, in order. */
    record Extracted(String markdown, List<Math> spans) {

        /** Replaces the placeholders in rendered HTML by math elements carrying the escaped TeX. */
        String restore(String html) {
            Matcher blocks = BLOCK_PLACEHOLDER.matcher(html);
            StringBuilder out = new StringBuilder();
            while (blocks.find()) {
                Math math = spans.get(Integer.parseInt(blocks.group(1)));
                String element = math.display()
                        ? "<div class=\"math display\">" + Html.escape(math.tex()) + "</div>"
                        : blocks.group();
                blocks.appendReplacement(out, Matcher.quoteReplacement(element));
            }
            blocks.appendTail(out);
            Matcher inline = PLACEHOLDER.matcher(out.toString());
            StringBuilder result = new StringBuilder();
            while (inline.find()) {
                Math math = spans.get(Integer.parseInt(inline.group(1)));
                String kind = math.display() ? "display" : "inline";
                inline.appendReplacement(result, Matcher.quoteReplacement(
                        "<span class=\"math " + kind + "\">" + Html.escape(math.tex()) + "</span>"));
            }
            inline.appendTail(result);
            return result.toString();
        }

        /** The text with each placeholder replaced by its TeX source: for search and for ids. */
        String plain(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(spans.get(Integer.parseInt(m.group(1))).tex()));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    /** A display placeholder that the Markdown parser turned into a paragraph of its own. */
    private static final Pattern BLOCK_PLACEHOLDER = Pattern.compile("<p>" + OPEN + "(\\d+)" + CLOSE + "</p>");
    /** A code fence, at any indentation: fences nested in list items are indented too. */
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,}).*$");

    private MathExtractor() {}

    /** Extracts every math span of a Markdown document. */
    static Extracted extract(String markdown) {
        List<Math> spans = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length());
        StringBuilder prose = new StringBuilder();
        String fence = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            Matcher m = FENCE.matcher(line);
            if (fence == null && m.matches()) {
                flush(prose, out, spans);
                fence = m.group(1);
                out.append(line).append('\n');
            } else if (fence != null) {
                out.append(line).append('\n');
                if (m.matches() && m.group(1).charAt(0) == fence.charAt(0)
                        && m.group(1).length() >= fence.length() && line.strip().equals(m.group(1))) {
                    fence = null;
                }
            } else {
                prose.append(line).append('\n');
            }
        }
        flush(prose, out, spans);
        out.setLength(out.length() - 1); // the split added one newline too many
        return new Extracted(out.toString(), List.copyOf(spans));
    }

    /** Extracts math from a run of lines outside fenced code; display math may span its lines. */
    private static void flush(StringBuilder prose, StringBuilder out, List<Math> spans) {
        String text = prose.toString();
        prose.setLength(0);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                i = copyCodeSpan(text, i, out);
            } else if (c == '$' && text.startsWith("$$", i)) {
                int end = text.indexOf("$$", i + 2);
                if (end < 0 || text.substring(i + 2, end).isBlank()) {
                    out.append("$$");
                    i += 2;
                } else {
                    placeholder(new Math(text.substring(i + 2, end).strip(), true), spans, out);
                    i = end + 2;
                }
            } else if (c == '$') {
                int end = inlineEnd(text, i);
                if (end < 0) {
                    out.append(c);
                    i++;
                } else {
                    placeholder(new Math(text.substring(i + 1, end), false), spans, out);
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** Copies a code span verbatim (a run of n backticks up to the next run of exactly n). */
    private static int copyCodeSpan(String text, int start, StringBuilder out) {
        int run = start;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        String ticks = text.substring(start, run);
        int search = run;
        while (true) {
            int close = text.indexOf(ticks, search);
            if (close < 0) {
                out.append(ticks); // no closing run: the backticks are literal
                return run;
            }
            int after = close + ticks.length();
            if (after < text.length() && text.charAt(after) == '`') {
                search = after;
                while (search < text.length() && text.charAt(search) == '`') {
                    search++;
                }
                continue;
            }
            out.append(text, start, after);
            return after;
        }
    }

    /** Where the inline math opened at {@code start} closes, or -1 if this dollar is not math. */
    private static int inlineEnd(String text, int start) {
        if (start + 1 >= text.length() || Character.isWhitespace(text.charAt(start + 1))) {
            return -1;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1; // a blank line ends the paragraph, and with it any chance of closing
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)));
                return closes ? i : -1;
            }
        }
        return -1;
    }

    private static void placeholder(Math math, List<Math> spans, StringBuilder out) {
        out.append(OPEN).append(spans.size()).append(CLOSE);
        spans.add(math);
    }
}
