package zerotohero.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Where the CLI talks to the learner: two output streams, the keyboard, and colours. Colours are ANSI
 * escapes, used only when a person is watching: not when the output goes to a file or a pipe, not when
 * {@code NO_COLOR} is set (no-color.org), not with {@code --no-color}. Without colours the symbols fall
 * back to plain ASCII, which every console shows.
 */
final class Terminal {

    final PrintStream out;
    final PrintStream err;
    final boolean color;
    private final BufferedReader in;

    Terminal(PrintStream out, PrintStream err, BufferedReader in, boolean color) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.color = color;
    }

    /** Colours only for a console, without NO_COLOR (any value) or --no-color. */
    static boolean wantsColor(boolean console, Map<String, String> env, boolean noColorFlag) {
        String noColor = env.get("NO_COLOR");
        return console && !noColorFlag && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    String green(String s) {
        return style("32", s);
    }

    String red(String s) {
        return style("31", s);
    }

    String yellow(String s) {
        return style("33", s);
    }

    String cyan(String s) {
        return style("36", s);
    }

    String bold(String s) {
        return style("1", s);
    }

    String dim(String s) {
        return style("2", s);
    }

    private String style(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /** A progress bar {@code width} cells wide, filled to {@code fraction}. */
    String bar(double fraction, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        String filled = (color ? "█" : "#").repeat(full);
        String empty = (color ? "░" : ".").repeat(width - full);
        return color ? green(filled) + dim(empty) : "[" + filled + empty + "]";
    }

    /** The mark of an exercise state: passing, failing, todo (not started) or unknown (never run). */
    String mark(String state) {
        return switch (state) {
            case ProgressStore.PASSING -> color ? green("✔ passing") : "[pass]   ";
            case ProgressStore.FAILING -> color ? red("✘ failing") : "[FAIL]   ";
            case ProgressStore.TODO -> color ? yellow("○ todo   ") : "[todo]   ";
            default -> color ? dim("· not run") : "[not run]";
        };
    }

    /** Asks a yes/no question; only y or yes (any case) is yes. End of input is no. */
    boolean confirm(String question) {
        out.print(question + " [y/N] ");
        out.flush();
        String answer = readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** A line from the keyboard, or null at the end of input. */
    String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
