package zerotohero.kit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainingSettingsTest {

    @Test
    void theLecturesRunAndAShorterOneDecayAtTheSameFraction() {
        TrainingSettings lecture = TrainingSettings.lecture();
        assertThat(lecture).isEqualTo(new TrainingSettings(200_000, 32, 0.1, 0.01, 100_000));
        assertThat(lecture.withSteps(2_000)).isEqualTo(new TrainingSettings(2_000, 32, 0.1, 0.01, 1_000));
        assertThat(lecture.withSteps(5)).isEqualTo(new TrainingSettings(5, 32, 0.1, 0.01, 2));
        assertThat(new TrainingSettings(200_000, 32, 0.1, 0.01, 150_000).withSteps(2_000).decayStep()).isEqualTo(1_500);
    }

    @Test
    void theRateDropsAtTheDecayStep() {
        TrainingSettings s = new TrainingSettings(10, 4, 0.1, 0.01, 5);
        assertThat(s.learningRate(0)).isEqualTo(0.1);
        assertThat(s.learningRate(4)).isEqualTo(0.1);
        assertThat(s.learningRate(5)).isEqualTo(0.01);
        assertThat(s.learningRate(9)).isEqualTo(0.01);
        assertThat(s.asMap()).containsExactly(org.assertj.core.api.Assertions.entry("batchSize", 4),
                org.assertj.core.api.Assertions.entry("lr", 0.1), org.assertj.core.api.Assertions.entry("decayedLr", 0.01),
                org.assertj.core.api.Assertions.entry("decayStep", 5));
    }

    @Test
    void impossibleSettingsSayWhatIsWrong() {
        new TrainingSettings(1, 1, 0.1, 0.1, 0);
        assertThatThrownBy(() -> new TrainingSettings(0, 32, 0.1, 0.01, 0)).hasMessageContaining("0 steps of 32");
        assertThatThrownBy(() -> new TrainingSettings(10, 0, 0.1, 0.01, 5)).hasMessageContaining("batches of at least 1");
        assertThatThrownBy(() -> new TrainingSettings(10, 4, 0.1, 0.01, -1)).hasMessageContaining("decay at step -1");
    }
}
