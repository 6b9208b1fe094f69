package zerotohero.kit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepTimerTest {

    @Test
    void timesOnlyTheStepsAfterTheWarmUpAndWritesTheResult(@TempDir Path module) throws Exception {
        StepTimer timer = new StepTimer(3, 4, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(timer.totalSteps()).isEqualTo(7);
        for (int step = 0; step < 7; step++) {
            Thread.sleep(step < 3 ? 60 : 5); // slow warm-up steps must not count
            timer.step(step, 2.5);
        }
        assertThat(timer.msPerStep()).isBetween(4.0, 40.0);
        Map<String, Object> r = timer.report("05-mlp", module, "timing", Map.of("parameters", 11_897));
        assertThat(r).containsEntry("module", "05-mlp").containsEntry("run", "timing").containsEntry("parameters", 11_897)
                .containsEntry("warmupSteps", 3).containsEntry("timedSteps", 4).containsKeys("msPerStep", "peakResidentMB");
        String json = Files.readString(module.resolve("results/timing/timing.json"));
        assertThat(json).contains("\"msPerStep\": ").contains("\"residentAtEndMB\": ");
        if (Lesson.residentBytes() > 0) {
            assertThat((long) r.get("residentAtEndMB")).isPositive();
            assertThat((long) r.get("peakResidentMB")).isGreaterThanOrEqualTo((long) r.get("residentAtEndMB"));
        }
    }

    @Test
    void aRunThatDidNotReachItsLastStepHasNoTime() {
        StepTimer timer = new StepTimer(1, 2, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        timer.step(0, 2.5);
        timer.step(1, 2.5);
        assertThatThrownBy(timer::msPerStep).hasMessageContaining("has not reached its last step (2)");
        assertThatThrownBy(() -> new StepTimer(0, 5)).hasMessageContaining("at least 1 warm-up step");
        assertThatThrownBy(() -> new StepTimer(5, 0)).hasMessageContaining("1 timed step");
    }
}
