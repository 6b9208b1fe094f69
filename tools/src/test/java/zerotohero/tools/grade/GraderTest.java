package zerotohero.tools.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.tools.TestCourse;
import zerotohero.tools.check.ModuleLayout;

class GraderTest {

    static final Limits FAST = new Limits(1, 10, 120, 64, true);

    @TempDir
    Path dir;

    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    Grade grade(TestCourse c, boolean solutions, boolean build) {
        Grader.Options o = new Grader.Options(solutions, ModuleLayout.all(c.root), build, FAST, c.root.resolve(".course/work"));
        Grade g = Grader.grade(c.root, o, TestsLock.verify(c.root), null, new PrintStream(log, true, StandardCharsets.UTF_8));
        Reports.write(g, c.root.resolve("out"));
        return g;
    }

    static Map<String, Grade.Exercise> byId(Grade g) {
        return g.modules().get(0).exercises().stream().collect(Collectors.toMap(Grade.Exercise::id, Function.identity()));
    }

    @Test
    void eachKindOfExerciseIsGradedWithItsReason() {
        TestCourse c = new TestCourse(dir).learner().build();

        Grade g = grade(c, false, false);
        Map<String, Grade.Exercise> e = byId(g);

        assertThat(e.get("09.1")).satisfies(x -> {
            assertThat(x.status()).isEqualTo("passed");
            assertThat(x.pointsEarned()).isEqualTo(10.0);
            assertThat(x.message()).isEmpty();
        });
        assertThat(e.get("09.2").status()).isEqualTo("not_started");
        assertThat(e.get("09.2").pointsEarned()).isZero();
        assertThat(e.get("09.2").message()).contains("exercise 09.2 is not started");
        assertThat(e.get("09.3")).satisfies(x -> {
            assertThat(x.status()).isEqualTo("failed");
            assertThat(x.pointsEarned()).as("one test of two passes").isEqualTo(5.0);
            assertThat(x.message()).startsWith("DemoTest.halvesOdd: ").contains("half of 5");
        });
        assertThat(e.get("09.4")).satisfies(x -> {
            assertThat(x.status()).isEqualTo("error");
            assertThat(x.pointsEarned()).isZero();
            assertThat(x.message()).contains("timed out").contains("the test allows 1 s");
        });
        assertThat(e.get("09.5")).satisfies(x -> {
            assertThat(x.status()).isEqualTo("error");
            assertThat(x.message()).contains("exit code 3").contains("System.exit");
        });
        assertThat(e.get("09.6")).satisfies(x -> {
            assertThat(x.status()).isEqualTo("error");
            assertThat(x.message()).contains("ran out of memory").contains("-Xmx64m");
        });
        assertThat(g.pointsEarned()).isEqualTo(15.0);
        assertThat(g.pointsPossible()).isEqualTo(TestCourse.POINTS);
        assertThat(g.modules().get(0).checks()).as("a quick start runs the graded tests only").isEmpty();
        assertThat(g.integrity().lock()).isEqualTo("absent");

        Path out = c.root.resolve("out");
        Schemas.assertValid("grade.schema.json", out.resolve(Reports.GRADE_JSON));
        Schemas.assertValid("results.schema.json", out.resolve(Reports.RESULTS_JSON));
        assertThat(out.resolve(Reports.SUMMARY_MD)).content()
                .contains("## Grade: 15 / 60 points")
                .contains("| 09-demo | 15 / 60 | 1 / 6 | graded |")
                .contains("| 09.4 Sum up | 0 / 10 | error | DemoTest.sumsUp: timed out");
    }

    @Test
    void theReferenceSolutionsEarnFullMarksAndTheStubsNothing() throws Exception {
        TestCourse c = new TestCourse(dir).build();

        Grade solutions = grade(c, true, false);
        Grade stubs = grade(c, false, false);

        assertThat(solutions.pointsEarned()).isEqualTo(60.0);
        assertThat(solutions.target()).isEqualTo("solutions");
        assertThat(byId(solutions).values()).extracting(Grade.Exercise::status).containsOnly("passed");
        assertThat(stubs.pointsEarned()).isZero();
        assertThat(byId(stubs).values()).extracting(Grade.Exercise::status).containsOnly("not_started");
        Schemas.assertValid("results.schema.json", c.root.resolve("out").resolve(Reports.RESULTS_JSON));
        assertThat(Reports.JSON.readTree(c.root.resolve("out/results.json").toFile()).path("status").asText()).isEqualTo("fail");
    }

    @Test
    void aModuleThatDoesNotCompileEarnsNothingAndSaysWhy() {
        TestCourse c = new TestCourse(dir).learner("Counter", "public int increment()", "return count++ +;");

        Grade g = grade(c, false, true);

        Grade.Module m = g.modules().get(0);
        assertThat(m.status()).isEqualTo("not_compiled");
        assertThat(m.message()).contains("09-demo does not compile").contains("Counter.java");
        assertThat(m.exercises()).extracting(Grade.Exercise::pointsEarned).containsOnly(0.0);
        assertThat(c.root.resolve("mvnw-calls.txt")).content()
                .contains("process-test-classes -pl modules/09-demo -am").contains("-fae");
        Schemas.assertValid("grade.schema.json", c.root.resolve("out").resolve(Reports.GRADE_JSON));
        assertThat(Reports.exercism(g).get("status")).isEqualTo("error");
    }

    @Test
    void buildingTheSolutionsUsesTheSolutionsProfile() {
        TestCourse c = new TestCourse(dir);

        Grade g = grade(c, true, true);

        assertThat(g.pointsEarned()).isEqualTo(60.0);
        assertThat(c.root.resolve("mvnw-calls.txt")).content().contains("-Psolutions").contains("-pl solutions/09-demo");
    }

    @Test
    void anUnbuiltModuleIsReportedNotGraded() {
        TestCourse c = new TestCourse(dir);

        Grade g = grade(c, false, false);

        assertThat(g.modules().get(0).status()).isEqualTo("not_built");
        assertThat(g.modules().get(0).message()).contains("is not built");
    }

    @Test
    void aModuleWithoutReferenceSolutionIsNotBuiltNotAFailedBuild() throws Exception {
        TestCourse c = new TestCourse(dir);
        Files.delete(c.root.resolve("solutions/09-demo/pom.xml"));

        Grade g = grade(c, true, true);

        assertThat(g.modules().get(0).status()).isEqualTo("not_built");
        assertThat(g.modules().get(0).message()).isEqualTo("solutions/09-demo does not exist in this copy of the course");
        assertThat(c.root.resolve("mvnw-calls.txt")).doesNotExist();
    }

    @Test
    void aCatalogExerciseWithoutTestsIsAnError() {
        TestCourse c = new TestCourse(dir).build();
        Files.exists(c.root);
        Grade.Exercise e = Grader.score(new zerotohero.grading.Catalog.Entry("09.9", "Ghost", 5, null,
                List.of("x"), List.of("y")), List.of());

        assertThat(e.status()).isEqualTo("error");
        assertThat(e.message()).contains("no graded test carries @Exercise(\"09.9\")");
    }

    @Test
    void pointsAreRoundedAsPeopleWriteThem() {
        assertThat(Points.format(10.0)).isEqualTo("10");
        assertThat(Points.format(20.0 / 3)).isEqualTo("6.67");
        assertThat(Points.format(2.5)).isEqualTo("2.5");
        assertThat(Points.round(15 * 2.0 / 3)).isEqualTo(10.0);
    }
}
