package zerotohero.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerTest {

    @TempDir
    Path dir;

    /** 09.1 solved, 09.3 half right, the rest untouched. */
    TestCourse course() {
        return new TestCourse(dir)
                .learner("Counter", "public int increment()", "return ++count;")
                .learner("Halver", "public static double half(int n)", "return n / 2;")
                .build();
    }

    @Test
    void withoutArgumentsItShowsTheSyllabusAndExplainsTheNextExercise() throws IOException {
        course();
        Cli cli = new Cli(dir);

        assertThat(cli.run("--no-color")).isEqualTo(1);

        assertThat(cli.out())
                .contains("> 09-demo")
                .contains("[####")
                .contains("15/60 pts  1/6 exercises")
                .contains("next: 09.2 Double  (10 points)")
                .contains("edit modules/09-demo/src/main/java/demo/Doubler.java")
                .contains("not started  DemoTest.")
                .contains("exercise 09.2 is not started yet")
                .contains("Stuck? ./course hint 09.2");
        assertThat(Files.readString(dir.resolve(ProgressStore.FILE)))
                .contains("\"current\" : \"09-demo\"").contains("\"09.1\"").contains("\"passing\"");
    }

    @Test
    void listTellsTodoFromFailingFromPassing() {
        course();
        Cli cli = new Cli(dir);
        cli.run("list");
        assertThat(cli.out()).contains("[not run] 09.1");

        cli.run("verify", "09");
        cli.run("list");

        assertThat(cli.out())
                .contains("[pass]    09.1  Count")
                .contains("[todo]    09.2  Double")
                .contains("[FAIL]    09.3  Halve");
    }

    @Test
    void verifyAnExerciseExplainsItsFailure() {
        course();
        Cli cli = new Cli(dir);

        assertThat(cli.run("verify", "09.3")).isEqualTo(1);
        assertThat(cli.out()).contains("[FAIL]    09.3").contains("5/10 pts, 1/2 tests").contains("half of 5")
                .contains("./course hint 09.3");

        assertThat(cli.run("verify", "09.1")).isZero();
        assertThat(cli.out()).contains("[pass]    09.1");

        assertThat(cli.run("verify", "09-demo")).isEqualTo(1);
        assertThat(cli.out()).contains("09-demo").contains("next: 09.2 Double");
    }

    @Test
    void aCompilerErrorIsShownWithItsLine() {
        course().learner("Counter", "public int increment()", "return count++ +;");
        Cli cli = new Cli(dir);

        assertThat(cli.run("verify", "09.1")).isEqualTo(1);

        assertThat(cli.err()).contains("09-demo does not compile (1 error)")
                .contains("modules/09-demo/src/main/java/demo/Counter.java:7: illegal start of expression")
                .contains("^")
                .contains("Fix the errors above");
    }

    @Test
    void theFirstRunBuildsTheModuleWithMaven() {
        new TestCourse(dir).learner("Counter", "public int increment()", "return ++count;");
        Cli cli = new Cli(dir);

        assertThat(cli.run("verify", "09.1")).isZero();

        assertThat(cli.err()).contains("building 09-demo with Maven (first run of this module");
        assertThat(dir.resolve("mvnw-calls.txt")).content().contains("process-test-classes -pl modules/09-demo -am");
    }

    @Test
    void aFailedMavenBuildShowsItsErrors() {
        new TestCourse(dir).learner("Counter", "public int increment()", "return count++ +;");
        Cli cli = new Cli(dir);

        assertThat(cli.run("verify")).isEqualTo(1);

        assertThat(cli.err()).contains("09-demo does not build:").contains("Counter.java");
    }

    @Test
    void hintsAndUnknownIdsAreExplained() {
        course();
        Cli cli = new Cli(dir);

        assertThat(cli.run("hint", "09.1")).isZero();
        assertThat(cli.out()).contains("09.1 Count").contains("section 1. Counting").contains("hint 1: add one")
                .contains("hint 2: return ++count");

        assertThat(cli.run("hint", "99.1")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown exercise '99.1': the exercises are")
                .contains("09-demo: 09.1, 09.2, 09.3, 09.4, 09.5, 09.6");
        assertThat(cli.run("verify", "42")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown module '42': the modules are 09-demo");
        assertThat(cli.run("hint")).isEqualTo(2);
        assertThat(cli.err()).contains("hint needs one exercise id");
        assertThat(cli.run("verify", "09.1", "09.2")).isEqualTo(2);
    }

    @Test
    void theSolutionIsShownOnlyOnceTheExercisePasses() {
        course();
        Cli cli = new Cli(dir);

        assertThat(cli.run("solution", "09.1")).isEqualTo(1);
        assertThat(cli.err()).contains("shown once your own passes (it is not run yet)");

        cli.run("verify");
        assertThat(cli.run("solution", "09.1")).isZero();
        assertThat(cli.out()).contains("solutions/09-demo/src/main/java/demo/Counter.java").contains("return ++count;");
        assertThat(cli.run("solution", "09.3")).isEqualTo(1);
        assertThat(cli.err()).contains("(it is failing)");
    }

    @Test
    void resetAsksFirstKeepsABackupAndRestoresTheStubFromGit() throws Exception {
        TestCourse c = new TestCourse(dir);
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "the course");
        c.learner("Halver", "public static double half(int n)", "return n / 2;");
        git("commit", "-q", "-am", "my work");
        Path halver = dir.resolve("modules/09-demo/src/main/java/demo/Halver.java");
        Cli cli = new Cli(dir);

        assertThat(cli.run("n\n", false, Map.of(), "reset", "09.3")).isEqualTo(1);
        assertThat(cli.out()).contains("restores modules/09-demo/src/main/java/demo/Halver.java").contains("[y/N]")
                .contains("Nothing was changed");
        assertThat(halver).content().contains("return n / 2;");

        assertThat(cli.run("y\n", false, Map.of(), "reset", "09.3")).isZero();
        assertThat(halver).content().contains("throw new Todo(\"09.3\")");
        try (var backups = Files.walk(dir.resolve(".course/backup"))) {
            assertThat(backups.filter(p -> p.endsWith("Halver.java")).toList()).singleElement()
                    .satisfies(p -> assertThat(p).content().contains("return n / 2;"));
        }
    }

    @Test
    void resetWithoutGitSaysWhatToDo() {
        new TestCourse(dir);
        Cli cli = new Cli(dir);

        assertThat(cli.run("y\n", false, Map.of(), "reset", "09.3")).isEqualTo(2);
        assertThat(cli.err()).contains("reset needs git");
    }

    @Test
    void watchReRunsOnEnterShowsHintsAndQuits() {
        course();
        Cli cli = new Cli(dir);

        assertThat(cli.run("\nh\nq\n", false, Map.of(), "watch")).isZero();

        assertThat(cli.out()).contains("watching modules/09-demo/src/main: save to re-run")
                .contains("hint 1: times two");
        assertThat(cli.out().split("next|\\[todo\\]    09.2", -1).length).isGreaterThanOrEqualTo(3);
    }

    @Test
    void watchReRunsWhenAFileIsSaved() throws Exception {
        course();
        Cli cli = new Cli(dir);
        PipedWriter keys = new PipedWriter();
        BufferedReader keyboard = new BufferedReader(new PipedReader(keys));
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> cli.run(keyboard, false, Map.of(), "watch", "09"));
        waitFor(cli, "watching", 1);

        new TestCourse(dir, "").learner("Doubler", "public static int twice(int n)", "return Math.multiplyExact(2, n);");
        waitFor(cli, "watching", 2);
        keys.write("q\n");
        keys.flush();

        assertThat(watch.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(cli.out()).contains("[pass]    09.2");
    }

    private static void waitFor(Cli cli, String text, int times) throws InterruptedException {
        for (int i = 0; i < 600 && cli.out().split(text, -1).length - 1 < times; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void coloursOnlyForAConsoleWithoutNoColor() {
        course();
        Cli cli = new Cli(dir);

        cli.run("", true, Map.of(), "list");
        assertThat(cli.out()).contains("\u001b[");
        cli.run("", true, Map.of("NO_COLOR", "1"), "list");
        assertThat(cli.out()).doesNotContain("\u001b[");
        cli.run("", true, Map.of(), "list", "--no-color");
        assertThat(cli.out()).doesNotContain("\u001b[");
        assertThat(Terminal.wantsColor(false, Map.of(), false)).isFalse();
        assertThat(Terminal.wantsColor(true, Map.of("TERM", "dumb"), false)).isFalse();
        assertThat(Terminal.wantsColor(true, Map.of("NO_COLOR", ""), false)).isTrue();
    }

    @Test
    void anUnreadableProgressFileIsKeptAsideNotLost() throws IOException {
        course();
        Files.createDirectories(dir.resolve(".course"));
        Files.writeString(dir.resolve(ProgressStore.FILE), "{ not json");
        Cli cli = new Cli(dir);

        cli.run("list");

        assertThat(cli.err()).contains("could not be read").contains("progress starts afresh");
        try (var files = Files.list(dir.resolve(".course"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .anySatisfy(n -> assertThat(n).startsWith("progress.unreadable-"));
        }
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Learner",
                "-c", "user.email=learner@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
