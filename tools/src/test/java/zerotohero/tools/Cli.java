package zerotohero.tools;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code ./course} in this JVM with captured output and a scripted keyboard. */
final class Cli {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path dir;

    Cli(Path dir) {
        this.dir = dir;
    }

    int run(String... args) {
        return run("", false, Map.of(), args);
    }

    int run(String keyboard, boolean console, Map<String, String> env, String... args) {
        return run(new BufferedReader(new StringReader(keyboard)), console, env, args);
    }

    int run(BufferedReader keyboard, boolean console, Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return Course.run(args, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), keyboard, console, env);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
