package zerotohero.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Lesson Markdown to HTML: CommonMark with GitHub's tables, TeX math protected by {@link MathExtractor},
 * ids on headings for the table of contents, links rewritten for the site, and the first use of each
 * glossary term linked to its entry.
 */
final class Markdown {

    /** A heading of level 2 or 3, for the table of contents; {@code label} is HTML. */
    record Entry(int level, String id, String label) {}

    /** A rendered document: its first level-1 heading (plain text), its HTML and its table of contents. */
    record Rendered(String title, String html, List<Entry> toc) {}

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final Pattern SECTION = Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);

    private final UnaryOperator<String> links;
    private final Glossary.Linker glossary;

    /**
     * @param links rewrites a link or image destination as written in the source into one that works on
     *     the site (e.g. a lesson's {@code README.md} into its page); {@code null} for a link that has no
     *     target on the site, which then becomes plain text
     * @param glossary links first uses of glossary terms; {@link Glossary.Linker#NONE} for none
     */
    Markdown(UnaryOperator<String> links, Glossary.Linker glossary) {
        this.links = links;
        this.glossary = glossary;
    }

    /** Renders a whole document. */
    Rendered render(String source) {
        MathExtractor.Extracted extracted = MathExtractor.extract(source);
        Node document = PARSER.parse(extracted.markdown());

        Map<Node, String> ids = new HashMap<>();
        List<Entry> toc = new ArrayList<>();
        String[] title = {null};
        Set<String> used = new HashSet<>();
        List<Link> unwrapped = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = extracted.plain(textOf(heading));
                String id = unique(slug(text), used);
                ids.put(heading, id);
                if (heading.getLevel() == 1 && title[0] == null) {
                    title[0] = text;
                } else if (heading.getLevel() <= 3 && heading.getLevel() > 1) {
                    toc.add(new Entry(heading.getLevel(), id, extracted.restore(labelOf(heading))));
                }
            }

            @Override
            public void visit(Link link) {
                String destination = links.apply(link.getDestination());
                visitChildren(link);
                if (destination != null) {
                    link.setDestination(destination);
                } else { // nowhere to point to on the site: keep the words, drop the link
                    unwrapped.add(link);
                }
            }

            @Override
            public void visit(Image image) {
                String destination = links.apply(image.getDestination());
                if (destination != null) {
                    image.setDestination(destination);
                }
                visitChildren(image);
            }
        });
        for (Link link : unwrapped) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
        glossary.link(document);

        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                    }
                })
                .build();
        String html = renderer.render(document)
                .replace("<table>", "<div class=\"table-wrap\"><table>")
                .replace("</table>", "</table></div>");
        // A link to each section beside its heading, for readers who want to point someone at it.
        html = SECTION.matcher(html).replaceAll(
                "<h$1 id=\"$2\">$3<a class=\"anchor\" href=\"#$2\" aria-label=\"Link to this section\"></a></h$1>");
        return new Rendered(title[0], extracted.restore(html), List.copyOf(toc));
    }

    /** Renders a short piece of Markdown, such as a hint, without the surrounding paragraph. */
    String inline(String source) {
        String html = render(source).html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** The id a heading with this text gets: lower case, words joined by hyphens. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String slug, Set<String> used) {
        String id = slug;
        for (int n = 2; !used.add(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** A heading's content as HTML for the table of contents: text and code, no links. */
    private static String labelOf(Node node) {
        StringBuilder label = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                label.append(Html.escape(t.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                label.append("<code>").append(Html.escape(code.getLiteral())).append("</code>");
            }
        });
        return label.toString();
    }
}
