package zerotohero.bigram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The figures are drawn from plain arrays: a smoke test that they render (not graded). */
@DisplayName("04 figures render")
class FiguresTest {

    @Test
    @DisplayName("the count heat map labels each cell with its bigram and count")
    void heatMap() {
        int[][] counts = {{0, 2, 1}, {3, 0, 4}, {5, 6, 0}};
        String svg = Figures.countsHeatMap(counts, new Vocabulary(".ab")).toSvg();
        assertThat(svg).contains("<svg").contains(".a").contains("ba");
    }

    @Test
    @DisplayName("the loss curve has the losses and the counts' reference line")
    void lossCurve() {
        String svg = Figures.lossCurve(new double[] {3.7, 3.0, 2.7, 2.6}, 2.4546).toSvg();
        assertThat(svg).contains("<svg").contains("2.4546");
    }

    @Test
    @DisplayName("the module folder is found from the working directory")
    void root() {
        assertThat(Files.isRegularFile(Figures.LESSON.dir().resolve("README.md"))).isTrue();
    }
}
