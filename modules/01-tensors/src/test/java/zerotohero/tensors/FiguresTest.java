package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.kit.Todo;

/** Not graded: the lesson's figures can be drawn, once the exercises they use are solved. */
@DisplayName("01 figures: every chart of the lesson can be drawn")
class FiguresTest {

    @Test
    @DisplayName("Figures draws broadcasting, storage and normalising charts")
    void drawsEveryFigure(@TempDir Path dir) {
        try {
            Figures.broadcasting(dir);
            Figures.storage(dir);
            Figures.normalizing(dir);
        } catch (Todo notYet) {
            Assumptions.abort("the figures need the exercises solved first: " + notYet.getMessage());
        }
        for (String name : new String[] {"broadcast-column", "broadcast-row", "broadcast-sum", "storage", "storage-t",
                "storage-transposed", "counts", "counts-normalized", "counts-wrong"}) {
            assertThat(dir.resolve(name + ".svg")).exists();
        }
        assertThat(Figures.LESSON.dir().resolve("README.md")).exists();
    }
}
