package zerotohero.wavenet;

import java.util.List;
import java.util.Locale;
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
        StringBuilder out = new StringBuilder();
        out.append("| run | what changed | parameters | steps | train | val | lecture (train / val) | time |\n");
        out.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
        for (Run r : runs) {
            String lecture = Double.isNaN(r.lectureTrain()) || Double.isNaN(r.lectureVal()) ? "–"
                    : String.format(Locale.ROOT, "%.3f / %.3f", r.lectureTrain(), r.lectureVal());
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.3f | %.3f | %s | %d min |%n",
                    r.name(), r.description(), r.parameters(), r.steps(), r.trainLoss(), r.valLoss(), lecture,
                    Math.round(r.wallSeconds() / 60)).replace(System.lineSeparator(), "\n"));
        }
        return out.toString();
    }

    /** Exercise 08.6: the run with the lowest validation loss (the first of equals); an empty log is an error. */
    public static Run best(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs yet: train one with Experiments <setting> first");
        }
        Run best = runs.get(0);
        for (Run r : runs) {
            if (r.valLoss() < best.valLoss()) {
                best = r;
            }
        }
        return best;
    }
}
