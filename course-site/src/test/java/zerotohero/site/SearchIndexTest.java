package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The search index cuts pages into sections, so that a hit leads to the paragraph that matters. */
class SearchIndexTest {

    private static Page page(String body) {
        return new Page("modules/m/index.html", "A lesson", body, List.of(), Optional.empty(), Optional.empty(), true);
    }

    @Test
    void oneEntryPerSectionWithItsAnchorAndHeading() {
        SearchIndex index = new SearchIndex();
        index.add(page(new Markdown(d -> d, Glossary.Linker.NONE).render("""
                # A lesson

                Opening words.

                ## 1. The first idea

                Some **bold** text with $x^2$.

                ### A detail

                More.
                """).html()));
        assertThat(index.entries()).containsExactly(
                new SearchIndex.Entry("modules/m/index.html", "A lesson", "A lesson Opening words."),
                new SearchIndex.Entry("modules/m/index.html#1-the-first-idea", "A lesson › 1. The first idea",
                        "Some bold text with x^2."),
                new SearchIndex.Entry("modules/m/index.html#a-detail", "A lesson › A detail", "More."));
    }

    @Test
    void theScriptVersionCannotCloseItsScriptTag() {
        SearchIndex index = new SearchIndex();
        index.add(page("<p>write &lt;/script&gt; in text</p>"));
        assertThat(index.json()).contains("</script>");
        assertThat(index.script()).startsWith("window.SEARCH_INDEX = [").doesNotContain("</script>")
                .contains("<\\/script>");
    }
}
