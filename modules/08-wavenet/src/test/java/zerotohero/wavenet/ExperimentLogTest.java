package zerotohero.wavenet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("08.6")
@DisplayName("08.6 the experiment log as a table")
class ExperimentLogTest {

    private static final Experiments.Run SCALED = new Experiments.Run("scaled-up", "n_embd 24, n_hidden 128", 76_579,
            200_000, 2_470.4, 1.76912, 1.99351, 1.769, 1.993);
    private static final Experiments.Run TRY = new Experiments.Run("wider-steps-2000", "a quick try", 123_456, 2_000,
            89.6, 2.1, 2.2049, Double.NaN, Double.NaN);

    @Test
    @Timeout(60)
    @DisplayName("a header, a separator and one row per run, in the given order")
    void table() {
        String table = ExperimentLog.table(List.of(SCALED, TRY));
        String[] lines = table.split("\n", -1);
        Expect.equal("number of lines (header, separator, 2 runs, and the empty string after the last line break)",
                lines.length, 5, "every line, the last one included, ends with \\n.");
        Expect.equal("header", lines[0], "| run | what changed | parameters | steps | train | val | lecture (train / val) | time |",
                "copy the header from the Javadoc.");
        Expect.equal("separator", lines[1], "|---|---|--:|--:|--:|--:|--:|--:|", "");
        Expect.equal("row of scaled-up", lines[2],
                "| scaled-up | n_embd 24, n_hidden 128 | 76,579 | 200,000 | 1.769 | 1.994 | 1.769 / 1.993 | 41 min |",
                "thousands separators (%,d), three decimals (%.3f), whole minutes (2,470 s is 41 min), Locale.ROOT.");
        Expect.equal("row of a run the lecture did not have", lines[3],
                "| wider-steps-2000 | a quick try | 123,456 | 2,000 | 2.100 | 2.205 | – | 1 min |",
                "a NaN lecture value is shown as –.");
    }

    @Test
    @Timeout(60)
    @DisplayName("best: the lowest validation loss; an empty log is an error")
    void best() {
        Expect.equal("best of two", ExperimentLog.best(List.of(TRY, SCALED)).name(), "scaled-up",
                "compare validation losses, not training losses: the validation split is what the choice is made on.");
        Experiments.Run overfit = new Experiments.Run("overfit", "", 1, 1, 1, 0.5, 2.5, Double.NaN, Double.NaN);
        Expect.equal("best with an overfitted run", ExperimentLog.best(List.of(overfit, TRY)).name(), "wider-steps-2000",
                "the lowest training loss is not the best model; the lowest validation loss is.");
        Experiments.Run tie = new Experiments.Run("tie", "", 1, 1, 1, 2.5, SCALED.valLoss(), Double.NaN, Double.NaN);
        Expect.equal("best of two with the same validation loss", ExperimentLog.best(List.of(SCALED, tie)).name(),
                "scaled-up", "keep the first of equals: replace the best only when a run is strictly lower.");
        assertThatThrownBy(() -> ExperimentLog.best(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
