package zerotohero.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path dir, String... args) {
        return Course.run(args, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void checkReportsEachModuleAndExitsByTheResult() throws IOException {
        zerotohero.tools.check.FixtureAccess.soundCourse(root);

        assertThat(run(root.resolve("modules"), "check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("ok    09-demo")
                .contains("self-check of 1 module: all rules hold")
                .contains("what the tests printed: " + root.resolve("target/course-check.log"));
        assertThat(root.resolve("target/course-check.log")).content().contains("==== self-check of 09-demo ====");

        Files.writeString(root.resolve("solutions/09-demo/target/classes/demo/Counter.class"), "broken");
        out.reset();
        assertThat(run(root, "check", "09")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL  09-demo").contains("problem");
    }

    @Test
    void unknownModuleCommandAndPlaceAreExplained() {
        zerotohero.tools.check.FixtureAccess.soundCourse(root);

        assertThat(run(root, "check", "42")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no module matches [42]");

        assertThat(run(root, "frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'").contains("usage");

        assertThat(run(root.getRoot(), "check")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not inside the course");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run(root, "help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("check [module...]");
    }
}
