package zerotohero.wavenet;

import java.util.List;
import java.util.Locale;
import zerotohero.kit.Todo;
import zerotohero.wavenet.Experiments.Run;

/**
 * The experiment log, rendered: the runs of {@link Experiments} (read back with {@link Experiments#log}) as the
 * lesson's Markdown table, and the one to keep.
 */
public final class ExperimentLog {

    private ExperimentLog() {
    }

    /**
     * Exercise 08.6: the experiment log as a Markdown table, one row per run in the order given, under
     * this header and separator:
     * <pre>
     * | run | what changed | parameters | steps | train | val | lecture (train / val) | time |
     * |---|---|--:|--:|--:|--:|--:|--:|
     * </pre>
     * Parameters and steps with thousands separators ({@code 76,579}), losses with three decimals, the
     * lecture's pair as {@code 1.769 / 1.993} (or {@code –} when it is unknown, NaN), time in whole minutes
     * ({@code 41 min}), every number formatted in {@link Locale#ROOT}. Each line ends with a line break.
     */
    public static String table(List<Run> runs) {
        throw new Todo("08.6");
    }

    /** Exercise 08.6: the run with the lowest validation loss (the first of equals); an empty log is an error. */
    public static Run best(List<Run> runs) {
        throw new Todo("08.6");
    }
}
