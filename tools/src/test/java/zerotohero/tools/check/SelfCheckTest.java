package zerotohero.tools.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfCheckTest {

    @TempDir
    Path root;

    private SelfCheck.Report check(Fixture f) {
        return SelfCheck.check(f.build().module());
    }

    @Test
    void aSoundModulePasses() {
        SelfCheck.Report report = check(new Fixture(root));

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.exercises()).isEqualTo(1);
        assertThat(report.gradedTests()).isEqualTo(2);
    }

    @Test
    void aBrokenSolutionIsNamedWithItsExerciseAndTest() {
        Fixture f = new Fixture(root).write("solutions/09-demo/src/main/java/demo/Counter.java",
                Fixture.SOLUTION.replace("++count", "count++"));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).extracting(Problem::rule).containsOnly(Problem.PASSES_ON_SOLUTION);
        assertThat(report.problems()).extracting(Problem::exercise).containsOnly("09.1");
        assertThat(report.problems().get(0).toString())
                .startsWith("09-demo, exercise 09.1, rule \"passes on the solution\": CounterTest.")
                .contains("failed on the reference solution");
    }

    @Test
    void anExerciseSolvedInTheStubsIsCaught() {
        Fixture f = new Fixture(root).write("modules/09-demo/src/main/java/demo/Counter.java", Fixture.SOLUTION);

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).extracting(Problem::rule)
                .contains(Problem.FAILS_ON_STUBS, Problem.TODO);
        assertThat(report.problems()).filteredOn(p -> p.rule().equals(Problem.FAILS_ON_STUBS))
                .extracting(Problem::detail)
                .anySatisfy(d -> assertThat(d).startsWith("CounterTest.countsFromOne passes on the stubs"));
    }

    @Test
    void aSolutionThatStillThrowsTodoIsCaught() {
        Fixture f = new Fixture(root).write("solutions/09-demo/src/main/java/demo/Counter.java", Fixture.STUB);

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).extracting(Problem::rule).contains(Problem.TODO, Problem.PASSES_ON_SOLUTION);
        assertThat(report.problems()).extracting(Problem::detail)
                .anySatisfy(d -> assertThat(d).contains("demo.Counter still uses Todo"));
    }

    @Test
    void anApiDifferenceIsCaught() {
        Fixture f = new Fixture(root).write("solutions/09-demo/src/main/java/demo/Counter.java",
                Fixture.SOLUTION.replace("    int count;", "    int count;\n    public void reset() { count = 0; }"));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Problem.SAME_API);
            assertThat(p.exercise()).isEqualTo("09.1");
            assertThat(p.detail()).isEqualTo("public void reset() is in the solution but not in the stubs");
        });
    }

    @Test
    void catalogAndTestsMustNameTheSameExercises() {
        Fixture f = new Fixture(root)
                .write("modules/09-demo/exercises.yaml", Fixture.CATALOG + """
                          - id: "09.2"
                            title: Reset
                            points: 5
                            files: [src/main/java/demo/Counter.java]
                            hints: [zero]
                        """)
                .write("modules/09-demo/src/test/java/demo/ExtraTest.java", """
                        package demo;

                        @zerotohero.grading.Exercise("09.3")
                        class ExtraTest {
                            @org.junit.jupiter.api.Test
                            void counts() {
                                org.assertj.core.api.Assertions.assertThat(new Counter().increment()).isOne();
                            }
                        }
                        """);

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).extracting(Problem::toString)
                .anySatisfy(s -> assertThat(s).contains("exercise 09.2, rule \"catalog and tests agree\"")
                        .contains("no test carries @Exercise(\"09.2\")"))
                .anySatisfy(s -> assertThat(s).contains("exercise 09.3").contains("does not list that exercise"))
                .anySatisfy(s -> assertThat(s).contains("exercise 09.2, rule \"exercises start as Todo\""));
    }

    @Test
    void aBrokenModuleRuleIsReported() {
        Fixture f = new Fixture(root).write("solutions/09-demo/src/main/java/demo/Counter.java",
                Fixture.SOLUTION.replace("public final class", "public class"));
        f.write("modules/09-demo/src/main/java/demo/Counter.java", Fixture.STUB.replace("public final class", "public class"));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Problem.RULES);
            assertThat(p.detail()).startsWith("RulesTest.counterIsFinal failed on the reference solution");
        });
    }

    @Test
    void anUnbuiltModuleSaysHowToBuildIt() {
        SelfCheck.Report report = SelfCheck.check(new Fixture(root).module());

        assertThat(report.problems()).extracting(Problem::rule).containsOnly(Problem.BUILT);
        assertThat(report.problems().get(0).detail()).contains("run ./mvnw -B verify -Psolutions first");
    }

    @Test
    void aBrokenCatalogIsReportedNotThrown() {
        Fixture f = new Fixture(root).write("modules/09-demo/exercises.yaml", "module: 09-demo\ntitle: x\nexercises: []\n");

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Problem.CATALOG);
            assertThat(p.detail()).contains("no exercises are listed");
        });
    }

    @Test
    void theRunnerTellsNotStartedFromFailing() {
        Fixture f = new Fixture(root).build();

        var onStubs = TestRunner.run(f.module().stubClasses(), f.module().testClasses(), java.util.List.of());

        assertThat(onStubs).filteredOn(TestOutcome::graded).extracting(TestOutcome::status)
                .containsOnly(TestOutcome.Status.NOT_STARTED);
        assertThat(onStubs).filteredOn(TestOutcome::graded).first().satisfies(t -> {
            assertThat(t.exercise()).contains("09.1");
            assertThat(t.message()).contains("exercise 09.1 is not started");
        });
        assertThat(onStubs).filteredOn(t -> !t.graded()).extracting(TestOutcome::name)
                .containsExactly("RulesTest.counterIsFinal");
    }

    private static final String MISTAKE = """
            module: 09-demo
            mistakes:
              - id: post-increment
                exercise: "09.1"
                description: returns the count before adding one
                file: src/main/java/demo/Counter.java
                replace: "++count"
                with: "%s"
                expect: [%s]
            """;

    @Test
    void aKnownMistakeIsCaughtWhenATestFailsWithTheExpectedWords() {
        Fixture f = new Fixture(root).write("modules/09-demo/mistakes.yaml", MISTAKE.formatted("count++", "\"expected: 1\""));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).isEmpty();
        assertThat(report.mistakes()).singleElement().satisfies(v -> {
            assertThat(v.caught()).isTrue();
            assertThat(v.detail()).isEqualTo("CounterTest.countsFromOne");
        });
    }

    @Test
    void aMistakeThatNoTestCatchesIsReported() {
        Fixture f = new Fixture(root).write("modules/09-demo/mistakes.yaml", MISTAKE.formatted("++count + 0", "expected"));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Problem.MISTAKES_CAUGHT);
            assertThat(p.detail()).startsWith("mistake 'post-increment' (returns the count before adding one): "
                    + "all 2 graded tests of 09.1 pass with the mistake made");
        });
    }

    @Test
    void aMistakeCaughtWithoutTheExpectedWordsIsReported() {
        Fixture f = new Fixture(root).write("modules/09-demo/mistakes.yaml", MISTAKE.formatted("count++", "off by one"));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().extracting(Problem::detail).asString()
                .contains("no failure message contains all of [off by one]");
    }

    @Test
    void aStaleMistakeIsReported() {
        Fixture f = new Fixture(root).write("modules/09-demo/mistakes.yaml",
                MISTAKE.formatted("count++", "expected").replace("replace: \"++count\"", "replace: \"count += 1\""));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().extracting(Problem::detail).asString()
                .contains("occurs nowhere in solutions/09-demo/src/main/java/demo/Counter.java");
    }

    @Test
    void aMistakeThatDoesNotCompileIsReported() {
        Fixture f = new Fixture(root).write("modules/09-demo/mistakes.yaml", MISTAKE.formatted("++count;;x", "expected"));

        SelfCheck.Report report = check(f);

        assertThat(report.problems()).singleElement().extracting(Problem::detail).asString()
                .contains("does not compile");
    }

    @Test
    void aSolutionFileNoExerciseListsIsReported() {
        Fixture f = new Fixture(root).write("solutions/09-demo/src/main/java/demo/Helper.java", "package demo;\nclass Helper {}\n");

        java.util.List<Problem> problems = new java.util.ArrayList<>();
        SelfCheck.checkSolutionFiles(f.module(), f.module().catalog(), problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Problem.SOLUTION_FILES);
            assertThat(p.detail()).contains("solutions/09-demo/src/main/java/demo/Helper.java is not an exercise file");
        });
    }
}
