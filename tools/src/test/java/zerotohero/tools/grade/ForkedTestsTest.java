package zerotohero.tools.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.tools.TestCourse;
import zerotohero.tools.check.TestOutcome;

class ForkedTestsTest {

    @TempDir
    Path dir;

    @Test
    void theModuleTimeLimitStopsEverythingNotYetRun() {
        TestCourse c = new TestCourse(dir).learner().build();
        Path m = c.root.resolve("modules/09-demo");

        ForkedTests.Run run = ForkedTests.run(m.resolve("target/classes"), m.resolve("target/test-classes"),
                m.resolve("target/test-classpath.txt"), new Limits(30, 30, 8, 64), dir.resolve("work"));

        assertThat(run.error()).isEmpty();
        assertThat(run.results()).extracting(r -> r.outcome().message())
                .anySatisfy(msg -> assertThat(msg).contains("module's time limit of 8 s"));
    }

    @Test
    void aForkThatCannotStartIsAModuleError() throws Exception {
        Path bad = Files.writeString(dir.resolve("cp.txt"), "");

        ForkedTests.Run run = ForkedTests.run(dir.resolve("none"), dir.resolve("nothing"), dir.resolve("missing.txt"),
                new Limits(1, 5, 30, 64), dir.resolve("work"));

        assertThat(bad).exists();
        assertThat(run.results()).isEmpty();
        assertThat(run.error()).contains("the test JVM ended before it ran any test");
    }

    @Test
    void theForkReportsEveryEventInProcessToo() throws Exception {
        TestCourse c = new TestCourse(dir).build();
        Path m = c.root.resolve("solutions/09-demo");
        Path events = dir.resolve("events.jsonl");
        Path skip = Files.write(dir.resolve("skip.txt"), List.of("[engine:junit-jupiter]/[class:demo.RulesTest]/[method:counterIsFinal()]"));

        int code = TestFork.run(new String[] {events.toString(), m.resolve("target/classes").toString(),
            m.resolve("target/test-classes").toString(), m.resolve("target/test-classpath.txt").toString(), skip.toString()});

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(events);
        assertThat(lines).filteredOn(l -> l.contains("\"event\":\"plan\"")).hasSize(10);
        assertThat(lines).filteredOn(l -> l.contains("\"event\":\"end\"")).hasSize(10)
                .allSatisfy(l -> assertThat(l).contains("\"status\":\"PASSED\""));
        assertThat(lines).last().isEqualTo("{\"event\":\"done\"}");
        assertThat(lines).noneMatch(l -> l.contains("RulesTest"));
        assertThat(TestFork.run(new String[] {"too", "few"})).isEqualTo(2);
        assertThat(TestOutcome.Status.valueOf("ERROR")).isNotNull();
    }
}
