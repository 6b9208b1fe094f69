package zerotohero.tools.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationScoreTest {

    @TempDir
    Path root;

    private static String mutation(String status, String method, int line, String description) {
        return "<mutation detected='" + !status.equals("SURVIVED") + "' status='" + status + "' numberOfTestsRun='1'>"
                + "<sourceFile>Counter.java</sourceFile><mutatedClass>demo.Counter</mutatedClass>"
                + "<mutatedMethod>" + method + "</mutatedMethod><methodDescription>()I</methodDescription>"
                + "<lineNumber>" + line + "</lineNumber>"
                + "<mutator>org.pitest.mutationtest.engine.gregor.mutators.MathMutator</mutator>"
                + "<description>" + description + "</description></mutation>\n";
    }

    private Path report() throws IOException {
        Path xml = root.resolve("mutations.xml");
        Files.writeString(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations>\n"
                + mutation("KILLED", "increment", 10, "Replaced integer addition with subtraction")
                + mutation("TIMED_OUT", "increment", 11, "removed call")
                + mutation("SURVIVED", "toString", 20, "replaced return value with \"\"")
                + mutation("NO_COVERAGE", "reset", 30, "removed assignment")
                + "</mutations>\n");
        return xml;
    }

    @Test
    void scoresKilledAgainstKillableAndNamesTheSurvivors() throws IOException {
        Fixture f = new Fixture(root).write("modules/09-demo/" + MutationScore.EQUIVALENT_FILE, """
                module: 09-demo
                mutants:
                  - mutatedClass: demo.Counter
                    method: toString
                    description: 'replaced return value with ""'
                    reason: toString is for people reading a debugger, and no test reads it
                """);

        MutationScore score = MutationScore.of(f.module(), report());

        assertThat(score.generated()).isEqualTo(4);
        assertThat(score.killed()).isEqualTo(2);
        assertThat(score.equivalent()).isEqualTo(1);
        assertThat(score.percent()).isCloseTo(200.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(score.survivors()).singleElement().hasToString("Counter.reset line 30: removed assignment (no_coverage)");
    }

    @Test
    void anEquivalentMutantNeedsAReason() throws IOException {
        Fixture f = new Fixture(root).write("modules/09-demo/" + MutationScore.EQUIVALENT_FILE, """
                module: 09-demo
                mutants:
                  - {mutatedClass: demo.Counter, method: toString, description: x}
                """);
        Path xml = report();

        assertThatThrownBy(() -> MutationScore.of(f.module(), xml)).hasMessageContaining("needs a reason");
    }

    @Test
    void targetsTheExerciseFilesAndTheirNestedClasses() {
        Fixture f = new Fixture(root);

        assertThat(MutationScore.targetClasses(f.module().catalog())).isEqualTo("demo.Counter,demo.Counter$*");
    }

    @Test
    void aRecordedScoreIsCurrentUntilTheMutatedFilesTheTestsOrTheEquivalentsChange() throws IOException {
        Fixture f = new Fixture(root);
        MutationScore.Subject subject = MutationScore.Subject.module(f.module(), 60);
        assertThat(subject.recordProblem()).get().asString().contains("no mutation-score.json")
                .contains("./course mutation 09");

        subject.write(MutationScore.of(f.module(), report()), 12.3);
        assertThat(subject.recordProblem()).as("just measured, 2 of 4 killed: 50%% is under 60%%").get().asString()
                .contains("50.0% of mutants killed, below 60%");
        assertThat(MutationScore.Subject.module(f.module(), 50).recordProblem()).isEmpty();

        f.write("solutions/09-demo/src/main/java/demo/Counter.java", "// changed\n");
        assertThat(MutationScore.Subject.module(f.module(), 50).recordProblem()).get().asString().contains("out of date");
        f.write("solutions/09-demo/src/main/java/demo/Counter.java", Fixture.SOLUTION);
        assertThat(MutationScore.Subject.module(f.module(), 50).recordProblem()).isEmpty();
        f.write("modules/09-demo/src/test/java/demo/CounterTest.java", "// changed\n");
        assertThat(MutationScore.Subject.module(f.module(), 50).recordProblem()).get().asString().contains("out of date");
    }

    @Test
    void kitIsFingerprintedWithoutItsChartsAndBenchmarks() {
        new Fixture(root).write("kit/src/main/java/zerotohero/kit/Tensor.java", "class Tensor {}\n")
                .write("kit/src/main/java/zerotohero/kit/plot/Chart.java", "class Chart {}\n");
        MutationScore.Subject kit = MutationScore.Subject.kit(root, 85);
        String before = kit.fingerprint();

        new Fixture(root).write("kit/src/main/java/zerotohero/kit/plot/Chart.java", "class Chart { int x; }\n");
        assertThat(MutationScore.Subject.kit(root, 85).fingerprint()).isEqualTo(before);
        new Fixture(root).write("kit/src/main/java/zerotohero/kit/Tensor.java", "class Tensor { int x; }\n");
        assertThat(MutationScore.Subject.kit(root, 85).fingerprint()).isNotEqualTo(before);
        assertThat(kit.command()).isEqualTo("./course mutation kit");
    }
}
