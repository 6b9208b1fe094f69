package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.kit.Todo;

/** Not graded: the figures can be drawn (with short training runs), once the exercises are solved. */
@DisplayName("02 figures: every chart of the lesson can be drawn")
class FiguresTest {

    @Test
    @Timeout(60)
    @DisplayName("Figures draws its six charts")
    void drawsEveryFigure(@TempDir Path dir) {
        SmallArrays.oneThread();
        try {
            Figures.derivativeErrors(dir);
            Figures.descent(dir, 5);
            Figures.adder(dir, 3, 3);
            Figures.classifier(dir, 3);
        } catch (Todo notYet) {
            Assumptions.abort("the figures need the exercises solved first: " + notYet.getMessage());
        }
        assertThat(dir.resolve("derivative-error.svg")).exists();
        assertThat(dir.resolve("descent.svg")).exists();
        assertThat(dir.resolve("adder-loss.svg")).exists();
        assertThat(dir.resolve("classifier-loss.svg")).exists();
        assertThat(dir.resolve("classifier-probability.svg")).exists();
        assertThat(dir.resolve("classifier-points.svg")).exists();
        assertThat(Figures.LESSON.dir().resolve("README.md")).exists();
    }
}
