package zerotohero.kit.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments every module's training program takes, as {@code ./course train NN} passes them: the
 * names of the runs to make, and {@code --steps N} to try a shorter budget (a bare number means the same,
 * so {@code Train 2000} still works). Anything else is an error that says what is accepted.
 *
 * @param runs the run names given, in order (empty: the program's default)
 * @param steps the step budget, or null for the lecture's
 */
public record RunArgs(List<String> runs, Integer steps) {

    public RunArgs {
        runs = List.copyOf(runs);
    }

    /** Reads {@code [run...] [--steps N]}; {@code N} may be written 200000, 200_000 or 200,000. */
    public static RunArgs parse(String[] args) {
        List<String> runs = new ArrayList<>();
        Integer steps = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--steps")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--steps needs a number after it, e.g. --steps 2000");
                }
                steps = number(args[++i]);
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a + "; the options are: [run...] [--steps N]");
            } else if (!a.isEmpty() && Character.isDigit(a.charAt(0))) {
                steps = number(a);
            } else {
                runs.add(a);
            }
        }
        return new RunArgs(runs, steps);
    }

    /** The step budget, or {@code lecture} when none was given. */
    public int stepsOr(int lecture) {
        return steps == null ? lecture : steps;
    }

    /** The one run asked for, or {@code fallback} when none was; more than one is an error. */
    public String runOr(String fallback) {
        if (runs.size() > 1) {
            throw new IllegalArgumentException("give one run at a time, not " + runs);
        }
        return runs.isEmpty() ? fallback : runs.get(0);
    }

    private static int number(String text) {
        try {
            int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what was expected
        }
        throw new IllegalArgumentException("the number of steps must be a whole number of at least 1, e.g. 2000; got "
                + text);
    }
}
