package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Lesson Markdown with TeX: what is math, what is code, what is text, and the headings' ids. */
class MarkdownTest {

    private final Markdown markdown = new Markdown(d -> d, Glossary.Linker.NONE);

    private String html(String source) {
        return markdown.render(source).html();
    }

    @Nested
    class Math {

        @Test
        void starsAndUnderscoresInsideDollarsAreMathNotEmphasis() {
            String html = html("Take $a*b*c$ and $x_1 + y_1$ here.");
            assertThat(html).contains("<span class=\"math inline\">a*b*c</span>")
                    .contains("<span class=\"math inline\">x_1 + y_1</span>").doesNotContain("<em>");
        }

        @Test
        void anEscapedDollarIsADollar() {
            String html = html("It costs \\$5, and \\$x\\$ is not math.");
            assertThat(html).contains("costs $5").contains("$x$ is not math").doesNotContain("class=\"math");
        }

        @Test
        void dollarsWithSpacesInsideOrDigitsAfterAreText() {
            assertThat(html("Between $5 and $10 today.")).doesNotContain("class=\"math");
            assertThat(html("a $ b $ c")).doesNotContain("class=\"math");
        }

        @Test
        void aDollarInACodeSpanOrBlockIsCode() {
            String html = html("""
                    Run `echo $HOME and $PATH` now.

                    ```bash
                    echo "$a*b*c$"
                    ```
                    """);
            assertThat(html).contains("<code>echo $HOME and $PATH</code>").contains("echo &quot;$a*b*c$&quot;")
                    .doesNotContain("class=\"math");
        }

        @Test
        void aDollarInAFenceInsideAListIsCode() {
            String html = html("""
                    - a step:

                        ```bash
                        echo $a and $b
                        ```
                    - then $x_1$
                    """);
            assertThat(html).contains("echo $a and $b").contains("<span class=\"math inline\">x_1</span>");
        }

        @Test
        void windowsLineEndingsChangeNothing() {
            assertThat(html("Text $a*b$.\r\n\r\n```\r\n$c$\r\n```\r\n"))
                    .contains("<span class=\"math inline\">a*b</span>").contains("<code>$c$");
        }

        @Test
        void displayMathMaySpanLinesAndBecomesABlock() {
            String html = html("""
                    Before.

                    $$
                    \\begin{aligned}
                    a &= b * c \\\\
                    d &= e_1
                    \\end{aligned}
                    $$

                    After.
                    """);
            assertThat(html).contains("<div class=\"math display\">\\begin{aligned}\na &amp;= b * c \\\\\nd &amp;= e_1\n\\end{aligned}</div>")
                    .doesNotContain("<p><div").doesNotContain("<em>");
        }

        @Test
        void displayMathOnOneLineIsABlockToo() {
            assertThat(html("$$f(x) = 3x^2 - 4x + 5$$"))
                    .isEqualTo("<div class=\"math display\">f(x) = 3x^2 - 4x + 5</div>\n");
        }

        @Test
        void mathIsEscapedForHtml() {
            assertThat(html("If $a < b$ and $c > d$.")).contains("<span class=\"math inline\">a &lt; b</span>")
                    .contains("<span class=\"math inline\">c &gt; d</span>");
        }

        @Test
        void mathInsideATableCellMayHoldAPipe() {
            String html = html("""
                    | op | value |
                    |---|---|
                    | abs | $|x|$ |
                    """);
            assertThat(html).contains("<td><span class=\"math inline\">|x|</span></td>");
        }

        @Test
        void anUnclosedDollarStaysText() {
            assertThat(html("Price: $3 only")).contains("Price: $3 only");
            assertThat(html("$unclosed\n\nnext paragraph$")).doesNotContain("class=\"math");
        }
    }

    @Test
    void tablesBecomeTablesInAScrollableWrapper() {
        String html = html("""
                | node | grad |
                |---|---|
                | `a` | 6 |
                """);
        assertThat(html).contains("<div class=\"table-wrap\"><table>").contains("<th>node</th>")
                .contains("<td><code>a</code></td>").contains("</table></div>");
    }

    @Test
    void headingsGetUniqueIdsAndFormTheTableOfContents() {
        Markdown.Rendered r = markdown.render("""
                # The lesson

                ## 1. A derivative is the slope

                ### The data

                ## 2. The `Value` class

                ### The data
                """);
        assertThat(r.title()).isEqualTo("The lesson");
        assertThat(r.html()).contains("<h2 id=\"1-a-derivative-is-the-slope\">")
                .contains("<h3 id=\"the-data\">").contains("<h3 id=\"the-data-2\">");
        assertThat(r.toc()).extracting(Markdown.Entry::id)
                .containsExactly("1-a-derivative-is-the-slope", "the-data", "2-the-value-class", "the-data-2");
        assertThat(r.toc().get(2).label()).isEqualTo("2. The <code>Value</code> class");
        assertThat(r.toc()).extracting(Markdown.Entry::level).containsExactly(2, 3, 2, 3);
    }

    @Test
    void mathInAHeadingIsMathInTheContentsAndPlainInTheId() {
        Markdown.Rendered r = markdown.render("## Why $x^2$ grows");
        assertThat(r.toc().get(0).id()).isEqualTo("why-x-2-grows");
        assertThat(r.toc().get(0).label()).contains("<span class=\"math inline\">x^2</span>");
    }

    @Test
    void linksAreRewrittenAndLinksWithNoTargetBecomeText() {
        Markdown links = new Markdown(d -> d.equals("other.md") ? "other.html" : d.equals("gone.md") ? null : d,
                Glossary.Linker.NONE);
        String html = links.render("See [the other](other.md), [gone](gone.md) and [web](https://example.org).").html();
        assertThat(html).contains("<a href=\"other.html\">the other</a>").contains(", gone and")
                .contains("<a href=\"https://example.org\">web</a>");
    }

    @Test
    void inlineRendersWithoutAParagraph() {
        assertThat(markdown.inline("Use `+=` and $d/dx$.")).isEqualTo(
                "Use <code>+=</code> and <span class=\"math inline\">d/dx</span>.");
    }
}
