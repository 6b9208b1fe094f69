package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.kit.Todo;
import zerotohero.kit.run.TrainingSettings;

/** Not graded: the Train and Figures mains work end to end on a tiny budget (skipped until the exercises are done). */
@DisplayName("05 the Train and Figures mains run (skipped while exercises are open)")
class SmokeTest {

    private static Splits small() {
        return Splits.of(Splits.shuffleAndSplit(Fixtures.names().subList(0, 400), 42), Fixtures.vocab(), 3);
    }

    @Test
    @Timeout(60)
    @DisplayName("Train.run for 20 steps writes its results and curve")
    void train(@TempDir Path dir) {
        Map<String, Object> result;
        try {
            result = Train.run(small(), TrainingSettings.lecture().withSteps(20), "smoke", dir);
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
            return;
        }
        assertThat(result).containsKeys("trainLoss", "valLoss", "wallSeconds");
        assertThat(Files.exists(dir.resolve("results/smoke.json"))).isTrue();
        assertThat(Files.exists(dir.resolve("figures/smoke-curve.svg"))).isTrue();
    }

    @Test
    @Timeout(60)
    @DisplayName("Figures.draw on a tiny budget writes the three figures")
    void figures(@TempDir Path dir) {
        try {
            Figures.draw(small(), dir, 10, 10);
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
            return;
        }
        assertThat(dir.resolve("lr-sweep.svg")).exists();
        assertThat(dir.resolve("embedding-2d.svg")).exists();
        assertThat(dir.resolve("training-curve-short.svg")).exists();
    }

    @Test
    @Timeout(60)
    @DisplayName("Figures.overfitting on a tiny budget draws train and dev losses from step 0")
    void overfitting(@TempDir Path dir) {
        double[][] rows;
        try {
            rows = Figures.overfitting(small(), dir, 64, 20, 10);
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
            return;
        }
        assertThat(rows).hasNumberOfRows(3);
        assertThat(rows[0][0]).isZero();
        assertThat(dir.resolve("overfitting.svg")).exists();
    }
}
