package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Links written for GitHub (relative to the lesson's file) keep working on the site. */
class LinksTest {

    private static final Page PAGE = new Page("modules/41-first/index.html", "First", "", List.of(),
            Optional.empty(), Optional.empty(), true);
    private static final Map<String, String> ON_SITE = Map.of(
            "README.md", "index.html",
            "modules/42-second/README.md", "modules/42-second/index.html",
            "modules/41-first/figures/plot.svg", "modules/41-first/figures/plot.svg");

    private static UnaryOperator<String> links(Optional<String> repository) {
        return new Links(ON_SITE, repository).from("modules/41-first/README.md", PAGE);
    }

    @Test
    void filesTheSiteCarriesBecomeTheirPages() {
        UnaryOperator<String> links = links(Optional.empty());
        assertThat(links.apply("../42-second/README.md#3-intro")).isEqualTo("../42-second/index.html#3-intro");
        assertThat(links.apply("figures/plot.svg")).isEqualTo("figures/plot.svg");
        assertThat(links.apply("../../README.md")).isEqualTo("../../index.html");
        assertThat(links.apply("/README.md")).isEqualTo("../../index.html");
    }

    @Test
    void addressesAndAnchorsStayAsTheyAre() {
        UnaryOperator<String> links = links(Optional.empty());
        assertThat(links.apply("https://example.org/x")).isEqualTo("https://example.org/x");
        assertThat(links.apply("mailto:someone@example.org")).isEqualTo("mailto:someone@example.org");
        assertThat(links.apply("#section")).isEqualTo("#section");
    }

    @Test
    void otherFilesPointIntoTheRepositoryWhenItIsKnownAndAreDroppedOtherwise() {
        assertThat(links(Optional.of("https://github.com/o/r/blob/main/")).apply("../../pom.xml"))
                .isEqualTo("https://github.com/o/r/blob/main/pom.xml");
        assertThat(links(Optional.empty()).apply("../../pom.xml")).isNull();
        assertThat(links(Optional.of("https://github.com/o/r/blob/main/")).apply("../../../outside.md")).isNull();
    }
}
