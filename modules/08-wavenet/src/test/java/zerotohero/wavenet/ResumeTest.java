package zerotohero.wavenet;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/** Not graded: an interrupted run, resumed from its checkpoint, ends exactly where an uninterrupted one does. */
@DisplayName("08 resumable training (skipped while exercises are open)")
class ResumeTest {

    private static final Training.Schedule SCHEDULE = new Training.Schedule(60, 32, 0.1, 0.01, 45);

    private static Sequential model() {
        Tensor.manualSeed(11);
        return Models.hierarchical(new Models.Config(27, 8, 10, 16));
    }

    @Test
    @Timeout(120)
    @DisplayName("stopped at step 25 and resumed: the same weights, running statistics and losses as one run of 60")
    void resumeEqualsUninterrupted(@TempDir Path dir) {
        try {
            Sequential whole = model();
            Training.Outcome a = Training.train(whole, Fixtures.small(), SCHEDULE, 11, null);

            Training.Checkpoints c = new Training.Checkpoints(dir, "resume", 10);
            Training.Outcome stopped = Training.train(model(), Fixtures.small(), SCHEDULE, 11, c, 25, null);
            Expect.equal("steps done before the interruption", stopped.losses().length, 25, "");
            Sequential resumed = model();
            Training.Outcome b = Training.train(resumed, Fixtures.small(), SCHEDULE, 11, c, Integer.MAX_VALUE, null);
            Expect.that(java.nio.file.Files.exists(dir.resolve("resume.state")), "the run leaves its checkpoint");
            Training.forget(c);
            Expect.that(!java.nio.file.Files.exists(dir.resolve("resume.state")), "forget deletes the checkpoint");
            Expect.equal("resumed from", b.resumedFrom(), 25, "the checkpoint is saved at the step the run stopped at.");
            Expect.equal("losses", java.util.Arrays.toString(b.losses()), java.util.Arrays.toString(a.losses()),
                    "the resumed run must draw the same minibatches and start from the same weights.");
            whole.namedParameters().forEach((name, p) -> Expect.close("max |difference| of " + name,
                    Fixtures.maxAbsDifference(p, resumed.namedParameters().get(name)), 0, 0, ""));
            whole.namedBuffers().forEach((name, t) -> Expect.close("max |difference| of buffer " + name,
                    Fixtures.maxAbsDifference(t, resumed.namedBuffers().get(name)), 0, 0, ""));
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a checkpoint of other settings is refused with a message")
    void refusesOtherSettings(@TempDir Path dir) {
        try {
            Training.Checkpoints c = new Training.Checkpoints(dir, "other", 5);
            Training.train(model(), Fixtures.small(), SCHEDULE, 11, c, 5, null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Training.train(model(), Fixtures.small(),
                    SCHEDULE.withSteps(30), 11, c, Integer.MAX_VALUE, null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another run");
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
        }
    }
}
