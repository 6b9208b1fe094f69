package zerotohero.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The course's terms, each with a short definition in plain words, kept in {@code glossary.yaml}.
 *
 * <p>A reader who meets "topological sort" in a lesson and has forgotten what it is should be one click
 * away from a reminder, without every later mention turning blue. So on each page only the first use of
 * a term links to its entry.
 *
 * @param terms the entries, in the order the glossary page lists them
 */
record Glossary(List<Term> terms) {

    /**
     * One entry.
     *
     * @param term the name, as the glossary lists it
     * @param also other spellings that count as a use of the term (plurals ending in s or es match anyway)
     * @param module the module that introduces it, if one does
     * @param definition Markdown (with math) in a sentence or three
     */
    record Term(String term, List<String> also, String module, String definition) {
        Term {
            also = also == null ? List.of() : List.copyOf(also);
        }

        /** The anchor of the entry on the glossary page. */
        String id() {
            return Markdown.slug(term);
        }
    }

    /** Links the first use of each term in a parsed page. */
    interface Linker {
        Linker NONE = document -> {};

        void link(Node document);
    }

    Glossary {
        terms = List.copyOf(terms);
    }

    /** The glossary shipped with the generator. */
    static Glossary load() {
        try (InputStream in = Glossary.class.getResourceAsStream("glossary.yaml")) {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            List<Term> terms = yaml.readValue(in, new TypeReference<List<Term>>() {});
            return new Glossary(terms.stream().sorted(Comparator.comparing(t -> t.term().toLowerCase(Locale.ROOT)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("glossary.yaml could not be read", e);
        }
    }

    /** The glossary page: the terms by initial letter, each linked to the module that introduces it. */
    Page page(Set<String> modulesWithPages) {
        Markdown markdown = new Markdown(d -> d, Linker.NONE);
        TreeMap<String, List<Term>> byLetter = new TreeMap<>();
        for (Term t : terms) {
            byLetter.computeIfAbsent(t.term().substring(0, 1).toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
        }
        StringBuilder body = new StringBuilder("""
                <h1>Glossary</h1>
                <p class="lead">The words this course uses, each in a few plain sentences. On every page, the first
                use of a term links here.</p>
                """);
        List<Markdown.Entry> toc = new ArrayList<>();
        for (Map.Entry<String, List<Term>> letter : byLetter.entrySet()) {
            String id = "letter-" + letter.getKey().toLowerCase(Locale.ROOT);
            body.append("<h2 id=\"").append(id).append("\">").append(letter.getKey()).append("</h2>\n<dl class=\"glossary\">\n");
            for (Term t : letter.getValue()) {
                toc.add(new Markdown.Entry(2, t.id(), Html.escape(t.term())));
                String where = t.module() == null ? "" : modulesWithPages.contains(t.module())
                        ? " <span class=\"where\">Introduced in <a class=\"nowrap\" href=\"modules/" + t.module()
                                + "/index.html\">" + Html.escape(t.module()) + "</a>.</span>"
                        : " <span class=\"where\">Introduced in <span class=\"nowrap\">" + Html.escape(t.module())
                                + "</span>.</span>";
                String also = t.also().isEmpty() ? ""
                        : "<span class=\"also\">also: " + Html.escape(String.join(", ", t.also())) + "</span>";
                body.append("<dt id=\"").append(t.id()).append("\">").append(Html.escape(t.term())).append(also)
                        .append("</dt>\n<dd>").append(markdown.inline(t.definition())).append(where).append("</dd>\n");
            }
            body.append("</dl>\n");
        }
        return new Page("glossary.html", "Glossary", body.toString(), toc, Optional.empty(), Optional.empty(), true);
    }

    /** A linker for one page; {@code href} is the glossary page's address relative to that page. */
    Linker linker(String href) {
        Map<String, Term> byForm = new HashMap<>();
        for (Term t : terms) {
            byForm.put(t.term().toLowerCase(Locale.ROOT), t);
            t.also().forEach(a -> byForm.put(a.toLowerCase(Locale.ROOT), t));
        }
        String alternatives = byForm.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern uses = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + alternatives + ")(?:e?s)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<Term> linked = new HashSet<>();
        return document -> {
            for (Text text : linkableTexts(document)) {
                linkFirstUses(text, uses, byForm, linked, href);
            }
        };
    }

    /** Text outside headings, links and images: the places where a glossary link reads well. */
    private static List<Text> linkableTexts(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Heading heading) {}

            @Override
            public void visit(Link link) {}

            @Override
            public void visit(Image image) {}
        });
        return texts;
    }

    private static void linkFirstUses(Text text, Pattern uses, Map<String, Term> byForm, Set<Term> linked,
            String href) {
        String literal = text.getLiteral();
        Matcher m = uses.matcher(literal);
        int done = 0;
        boolean changed = false;
        while (m.find()) {
            Term term = byForm.get(m.group(1).toLowerCase(Locale.ROOT));
            if (term == null || !linked.add(term)) {
                continue;
            }
            if (m.start() > done) {
                text.insertBefore(new Text(literal.substring(done, m.start())));
            }
            Link link = new Link(href + "#" + term.id(), "Glossary: " + term.term());
            link.appendChild(new Text(m.group()));
            text.insertBefore(link);
            done = m.end();
            changed = true;
        }
        if (changed) {
            if (done < literal.length()) {
                text.insertBefore(new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }
}
