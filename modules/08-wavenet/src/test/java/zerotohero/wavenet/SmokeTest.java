package zerotohero.wavenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.kit.Todo;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.NameSplits;

/** Not graded: the experiment runner and the figures work end to end on a tiny budget. */
@DisplayName("08 the Experiments runner and Figures run (skipped while exercises are open)")
class SmokeTest {

    @Test
    @Timeout(120)
    @DisplayName("a 20-step run writes its results, its curve, and shows up in the log, table and chart")
    void run(@TempDir Path dir) {
        NameSplits all = Fixtures.data();
        ContextWindows w = Fixtures.small();
        NameSplits small = new NameSplits(all.vocab(), w, w, w);
        try {
            Experiments.Setting s = Experiments.lecture().get(4).withSteps(20);
            Experiments.Run run = Experiments.run(small, s, dir, null, Integer.MAX_VALUE);
            assertThat(run.name()).isEqualTo("scaled-up-steps-20");
            assertThat(run.parameters()).isEqualTo(76_579L);
            assertThat(dir.resolve("results/scaled-up-steps-20.json")).exists();
            assertThat(dir.resolve("figures/scaled-up-steps-20-curve.svg")).exists();
            List<Experiments.Run> log = Experiments.log(dir);
            assertThat(log).hasSize(1);
            assertThat(log.get(0).valLoss()).isEqualTo(Math.round(run.valLoss() * 10000) / 10000.0);
            assertThat(ExperimentLog.table(log)).contains("scaled-up-steps-20");
            assertThat(Figures.results(log).toSvg()).contains("<svg");
            assertThat(Figures.tree("..olivia", ".")).contains("<svg").contains("olivia".substring(0, 1));
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("the command line: options, usage, the table of the module's results, and the benchmark line")
    void commandLine() {
        Experiments.Options o = Experiments.Options.parse(new String[] {"--steps", "2,000", "--checkpoint-every", "500",
            "--fresh", "--stop-after", "100"});
        assertThat(o).isEqualTo(new Experiments.Options(2000, 500, true, 100));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Experiments.Options.parse(new String[] {"--step", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Experiments.Options.parse(new String[] {"--steps"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a number");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Experiments.main(new String[] {"nonsense"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown setting");
        Experiments.main(new String[] {});
        try {
            Experiments.main(new String[] {"table"});
            assertThat(Figures.benchmark(Fixtures.data(), 20)).contains("20 names").contains("one pass");
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
        }
    }
}
