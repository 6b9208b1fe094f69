package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The glossary: its terms, and the links from the first use of each term on a page. */
class GlossaryTest {

    private final Glossary glossary = Glossary.load();

    @Test
    void coversTheCourseVocabulary() {
        assertThat(glossary.terms()).extracting(Glossary.Term::term).contains("autograd", "backpropagation",
                "forward pass", "derivative", "gradient", "gradient checking", "topological sort", "loss",
                "learning-rate decay", "regularisation", "broadcasting", "softmax", "smoothing", "embedding",
                "batch norm", "attention", "tokenizer");
        assertThat(glossary.terms()).allSatisfy(t -> assertThat(t.definition()).isNotBlank());
    }

    @Test
    void everyDefinitionRendersWithoutLeftoverMarkup() {
        Markdown markdown = new Markdown(d -> d, Glossary.Linker.NONE);
        for (Glossary.Term t : glossary.terms()) {
            assertThat(markdown.inline(t.definition())).as(t.term()).doesNotContain("$$").doesNotContain("<p>");
        }
    }

    @Test
    void onlyTheFirstUseOfATermOnAPageIsLinked() {
        Markdown markdown = new Markdown(d -> d, glossary.linker("../glossary.html"));
        String html = markdown.render("""
                # Gradients

                The gradient of the loss tells where to go. Every gradient after the first is plain.

                Gradients again, and a topological sort.
                """).html();
        assertThat(html).containsOnlyOnce("glossary.html#gradient\"")
                .contains("<a href=\"../glossary.html#gradient\" title=\"Glossary: gradient\">gradient</a> of the")
                .contains("<a href=\"../glossary.html#loss\" title=\"Glossary: loss\">loss</a>")
                .contains("<a href=\"../glossary.html#topological-sort\" title=\"Glossary: topological sort\">topological sort</a>")
                .contains("Every gradient after");
        assertThat(html).as("headings are never linked").contains("<h1 id=\"gradients\">Gradients</h1>");
    }

    @Test
    void codeLinksAndLongerTermsWinOverShorterOnes() {
        Markdown markdown = new Markdown(d -> d, glossary.linker("glossary.html"));
        String html = markdown.render("Call `gradient()`, read [the gradient](x.html), then use gradient descent.").html();
        assertThat(html).contains("<code>gradient()</code>").contains("<a href=\"x.html\">the gradient</a>")
                .contains("title=\"Glossary: gradient descent\">gradient descent</a>")
                .doesNotContain("title=\"Glossary: gradient\"");
    }

    @Test
    void pluralsAndOtherSpellingsCount() {
        Markdown markdown = new Markdown(d -> d, glossary.linker("g.html"));
        String html = markdown.render("Embeddings, losses and batch normalisation.").html();
        assertThat(html).contains(">Embeddings</a>").contains(">losses</a>").contains(">batch normalisation</a>");
    }

    @Test
    void idsAreSlugsOfTheTerm() {
        Glossary small = new Glossary(List.of(new Glossary.Term("Learning-rate decay", null, null, "x")));
        assertThat(small.terms().get(0).id()).isEqualTo("learning-rate-decay");
        assertThat(small.terms().get(0).also()).isEmpty();
    }
}
