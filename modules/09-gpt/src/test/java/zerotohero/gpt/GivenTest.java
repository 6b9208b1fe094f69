package zerotohero.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.kit.optim.Schedule;

/**
 * Not graded (the code is given, complete in the stubs): the training settings and their schedules, a
 * batch's targets, and one draw from a distribution, which the exercises build on.
 */
@DisplayName("09 the given code: training settings and schedules, a batch's targets, one draw from a distribution")
class GivenTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("the baby GPT's and the ladder's settings, and their copies with other steps or evaluations")
    void settings() {
        Training.Settings baby = Training.Settings.baby(2000);
        assertThat(baby).isEqualTo(new Training.Settings(2000, 12, 1e-3, 1e-4, 100, 0.99, 0.1, 1.0, 250, 20, 1337));
        assertThat(Training.Settings.ladder(5000, 3e-4))
                .isEqualTo(new Training.Settings(5000, 32, 3e-4, 3e-4, 0, 0.999, 0.01, 0, 500, 200, 1337));
        assertThat(baby.withSteps(10)).isEqualTo(new Training.Settings(10, 12, 1e-3, 1e-4, 100, 0.99, 0.1, 1.0, 250, 20, 1337));
        assertThat(baby.withEval(5, 3)).isEqualTo(new Training.Settings(2000, 12, 1e-3, 1e-4, 100, 0.99, 0.1, 1.0, 5, 3, 1337));
    }

    @Test
    @Timeout(10)
    @DisplayName("a constant rate without warm-up or decay, nanoGPT's warm-up and cosine otherwise")
    void schedules() {
        assertThat(Training.Settings.ladder(100, 1e-3).schedule()).isEqualTo(new Schedule.Constant(1e-3));
        assertThat(Training.Settings.baby(2000).schedule()).isEqualTo(new Schedule.WarmupCosine(1e-3, 1e-4, 100, 2000));
        Training.Settings warmupOnly = new Training.Settings(100, 4, 1e-3, 1e-3, 10, 0.99, 0.1, 1.0, 10, 2, 1);
        assertThat(warmupOnly.schedule()).as("a warm-up with lr = minLr").isEqualTo(new Schedule.WarmupCosine(1e-3, 1e-3, 10, 100));
        Training.Settings decayOnly = new Training.Settings(100, 4, 1e-3, 1e-4, 0, 0.99, 0.1, 1.0, 10, 2, 1);
        assertThat(decayOnly.schedule()).as("a decay without warm-up").isEqualTo(new Schedule.WarmupCosine(1e-3, 1e-4, 0, 100));
    }

    @Test
    @Timeout(10)
    @DisplayName("a batch's targets are its rows of y one after another; its sizes are B and T")
    void targets() {
        Data.Batch b = new Data.Batch(new int[][] {{1, 2, 3}, {4, 5, 6}}, new int[][] {{2, 3, 7}, {5, 6, 8}});
        assertThat(b.batchSize()).isEqualTo(2);
        assertThat(b.blockSize()).isEqualTo(3);
        assertThat(b.targets()).containsExactly(2, 3, 7, 5, 6, 8);
        assertThat(new Bigram(65, 8).blockSize()).as("the bigram's training windows").isEqualTo(8);
    }

    /** A generator whose every uniform number is {@code u}. */
    private static Random always(double u) {
        return new Random() {
            @Override
            public double nextDouble() {
                return u;
            }
        };
    }

    @Test
    @Timeout(10)
    @DisplayName("draw returns the first index whose running sum exceeds u, never one of probability 0")
    void draw() {
        assertThat(Sampler.draw(new double[] {0.25, 0.5, 0.25}, always(0.25))).isEqualTo(1);
        assertThat(Sampler.draw(new double[] {0, 1}, always(0.0))).as("probability 0, even for u = 0").isEqualTo(1);
        assertThat(Sampler.draw(new double[] {0.3, 0.3, 0.3, 0}, always(0.95)))
                .as("u above the total (rounding): the last index of probability above 0").isEqualTo(2);
        assertThat(Sampler.draw(new double[] {0.5, 0, 0}, always(0.75))).as("u above the total, one index left")
                .isEqualTo(0);
        assertThatThrownBy(() -> Sampler.draw(new double[] {0, 0}, always(0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no token");
    }
}
