package zerotohero.kit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunArgsTest {

    @Test
    void readsRunNamesAndAStepBudget() {
        RunArgs a = RunArgs.parse(new String[] {"baby-gpt", "--steps", "2_000"});
        assertThat(a.runs()).containsExactly("baby-gpt");
        assertThat(a.stepsOr(5000)).isEqualTo(2000);
        assertThat(a.runOr("ladder")).isEqualTo("baby-gpt");
    }

    @Test
    void aBareNumberIsTheStepBudgetAndNothingMeansTheLecturesDefaults() {
        assertThat(RunArgs.parse(new String[] {"200,000"}).stepsOr(1)).isEqualTo(200_000);
        RunArgs none = RunArgs.parse(new String[0]);
        assertThat(none.stepsOr(200_000)).isEqualTo(200_000);
        assertThat(none.runOr("all")).isEqualTo("all");
        assertThat(RunArgs.parse(new String[] {"a", "b"}).runs()).isEqualTo(List.of("a", "b"));
    }

    @Test
    void badArgumentsSayWhatIsAccepted() {
        assertThatThrownBy(() -> RunArgs.parse(new String[] {"--steps"})).hasMessageContaining("--steps needs a number");
        assertThatThrownBy(() -> RunArgs.parse(new String[] {"--steps", "x"})).hasMessageContaining("got x");
        assertThatThrownBy(() -> RunArgs.parse(new String[] {"0"})).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RunArgs.parse(new String[] {"--seed", "1"})).hasMessageContaining("[run...] [--steps N]");
        assertThatThrownBy(() -> RunArgs.parse(new String[] {"a", "b"}).runOr("x")).hasMessageContaining("one run at a time");
    }
}
