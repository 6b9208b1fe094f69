package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The whole site, generated from a small repository on disk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteGeneratorTest {

    private Path site;
    private List<Page> pages;

    @BeforeAll
    void generate(@TempDir Path tmp) throws IOException {
        Path repo = Fixture.write(tmp.resolve("repo"));
        site = tmp.resolve("site");
        Files.createDirectories(site.resolve("stale"));
        pages = new SiteGenerator(repo, site, Optional.empty()).generate();
    }

    private String read(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void writesEveryPageAndNothingStale() {
        assertThat(pages).extracting(Page::path).containsExactly("index.html", "modules/41-first/index.html",
                "modules/41-first/src/main/java/demo/Thing.java.html",
                "modules/41-first/src/test/java/demo/ThingTest.java.html", "modules/42-second/index.html",
                "modules/42-second/src/main/java/demo/Thing.java.html",
                "modules/42-second/src/test/java/demo/ThingTest.java.html", "glossary.html", "results.html");
        pages.forEach(p -> assertThat(site.resolve(p.path())).isNotEmptyFile());
        assertThat(site.resolve("stale")).doesNotExist();
    }

    @Test
    void copiesTheBrowserLibrariesAndTheFigures() {
        assertThat(site.resolve("assets/katex/katex.min.js")).isNotEmptyFile();
        assertThat(site.resolve("assets/katex/katex.min.css")).isNotEmptyFile();
        assertThat(site.resolve("assets/katex/fonts/KaTeX_Main-Regular.woff2")).isNotEmptyFile();
        assertThat(site.resolve("assets/highlight/highlight.min.js")).isNotEmptyFile();
        assertThat(site.resolve("assets/site.css")).isNotEmptyFile();
        assertThat(site.resolve("assets/site.js")).isNotEmptyFile();
        assertThat(site.resolve("modules/41-first/figures/plot.svg")).isNotEmptyFile();
    }

    @Test
    void noPageLoadsAnythingFromTheNetwork() throws IOException {
        for (Page p : pages) {
            assertThat(read(p.path())).as(p.path()).doesNotContain("src=\"http").doesNotContain("href=\"http://")
                    .doesNotContain("cdn");
        }
    }

    @Test
    void aModulePageHasItsLessonFiguresExercisesAndNeighbours() throws IOException {
        String html = read("modules/41-first/index.html");
        assertThat(html).contains("<h1 id=\"module-41-first\">Module 41 — First</h1>")
                .contains("<span class=\"math inline\">a*b*c</span>")
                .contains("<img src=\"figures/plot.svg\" alt=\"A plot\" />")
                .contains("<a href=\"figures/plot.svg\">figure</a>")
                .contains("<a href=\"src/main/java/demo/Thing.java.html\">stub</a>")
                .contains("a planned module and").contains("<a href=\"../../index.html\">the course</a>")
                .contains("<h2 id=\"exercise-catalog\">").contains("<tr id=\"exercise-41-1\">")
                .contains("rel=\"next\" href=\"../42-second/index.html\"")
                .doesNotContain("rel=\"prev\"")
                .contains("<a href=\"#exercise-catalog\">Exercise catalog</a>");
        assertThat(read("modules/42-second/index.html")).contains("rel=\"prev\" href=\"../41-first/index.html\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void stubsAndTestsAreReadablePages() throws IOException {
        String stub = read("modules/41-first/src/main/java/demo/Thing.java.html");
        assertThat(stub).contains("<code class=\"language-java\">class Thing { int x = 1 &lt; 2 ? 1 : 0; }")
                .contains("href=\"../../../../index.html\"");
    }

    @Test
    void theHomePageMapsEveryModuleReadyOrPlanned() throws IOException {
        String html = read("index.html");
        assertThat(html).contains("<a href=\"modules/41-first/index.html\"><span class=\"num\">41</span> First: a demo module</a>")
                .contains("<span>15 points</span>").contains("compute a")
                .contains("<span class=\"num\">43</span> later <span class=\"badge\">planned</span>")
                .contains("Something for later")
                .contains("<span class=\"num\">44</span> draft <span class=\"badge\">planned</span>")
                .contains("In preparation");
    }

    @Test
    void theResultsPageShowsOurRunsAndWhatIsNotYetRun() throws IOException {
        String html = read("results.html");
        assertThat(html).contains("not yet run").contains("<code>demo</code>").contains("1.2346")
                .contains("<span class=\"part\">1,500 steps</span>, <span class=\"part\">2.5 s</span>").contains("wallTimeSeconds");
        assertThat(html).as("no link to module pages that do not exist").doesNotContain("href=\"modules/05-mlp/");
    }

    @Test
    void theSearchIndexCoversTheLessonsByHeading() throws IOException {
        String json = read("search.json");
        assertThat(json).contains("\"url\":\"modules/41-first/index.html#2-doing-the-thing\"")
                .contains("\"title\":\"Module 41 — First › 2. Doing the thing\"")
                .contains("\"url\":\"modules/41-first/src/main/java/demo/Thing.java.html\"");
        assertThat(read("assets/search-index.js")).startsWith("window.SEARCH_INDEX = [");
    }

    @Test
    void theGlossaryListsEveryTermWithAnAnchor() throws IOException {
        String html = read("glossary.html");
        for (Glossary.Term t : Glossary.load().terms()) {
            assertThat(html).contains("<dt id=\"" + t.id() + "\">");
        }
    }
}
