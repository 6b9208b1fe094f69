package zerotohero.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.tools.grade.Reports;
import zerotohero.tools.grade.SchemaAccess;

class GradeCommandTest {

    @TempDir
    Path dir;

    static final String[] FAST = {"--grace", "1", "--heap", "64"};

    /** 09.1 solved, 09.3 half right (integer division), the rest untouched. */
    static TestCourse learner(Path root) {
        return new TestCourse(root)
                .learner("Counter", "public int increment()", "return ++count;")
                .learner("Halver", "public static double half(int n)", "return n / 2;");
    }

    /** The learner "fixes" 09.3 by changing what its test expects. */
    static void tamper(TestCourse c) throws Exception {
        Path test = c.root.resolve("modules/09-demo/src/test/java/demo/DemoTest.java");
        Files.writeString(test, Files.readString(test).replace("isEqualTo(2.5)", "isEqualTo(2.0)"));
    }

    JsonNode json(Path file) throws Exception {
        return Reports.JSON.readTree(file.toFile());
    }

    @Test
    void gradePrintsATableAndWritesTheReports() throws Exception {
        learner(dir).write("modules/09-demo/src/main/java/demo/Counter.java",
                TestCourse.source("Counter", "public int increment()", "return ++count;").replace("public final", "public"))
                .build();
        Cli cli = new Cli(dir);

        assertThat(cli.run(args("grade", "--no-build"))).isZero();

        assertThat(cli.out()).contains("grading the exercises of 1 module in forked JVMs")
                .contains("09.1  Count").contains("10 / 10").contains("passed")
                .contains("09.3  Halve").contains("5 / 10").contains("half of 5")
                .contains("total").contains("15 / 60")
                .contains("module rules (no points): 1 of 1 broken, e.g. RulesTest.counterIsFinal");
        assertThat(dir.resolve(".course/grade/summary.md")).content().contains("| graded, 1 module rule broken |");
        Path out = dir.resolve(".course/grade");
        SchemaAccess.assertValid("grade.schema.json", out.resolve(Reports.GRADE_JSON));
        assertThat(json(out.resolve(Reports.GRADE_JSON)).path("points_earned").asDouble()).isEqualTo(15.0);
        assertThat(out.resolve(Reports.SUMMARY_MD)).exists();
        assertThat(out.resolve(Reports.RESULTS_JSON)).exists();
    }

    @Test
    void strictRefusesEditedTestsAndNamesThem() throws Exception {
        TestCourse c = learner(dir).build();
        Cli cli = new Cli(dir);
        assertThat(cli.run(args("grade", "--no-build", "--strict"))).isEqualTo(GradeCommand.REFUSED);
        assertThat(cli.err()).contains("there is no tests.lock");

        assertThat(cli.run("lock")).isZero();
        assertThat(cli.out()).contains("wrote tests.lock: sha256 of 6 files");
        assertThat(cli.run("lock", "--check")).isZero();
        tamper(c);
        c.build();

        assertThat(cli.run("lock", "--check")).isEqualTo(1);
        assertThat(cli.err()).contains("tests.lock is out of date").contains("changed: modules/09-demo/src/test/java/demo/DemoTest.java");
        assertThat(cli.run(args("grade", "--no-build", "--strict"))).isEqualTo(GradeCommand.REFUSED);
        assertThat(cli.err()).contains("refusing to grade (--strict)")
                .contains("changed: modules/09-demo/src/test/java/demo/DemoTest.java");

        assertThat(new Cli(dir.resolve("modules")).run(args("grade", "--no-build", "--out", "../report"))).isZero();
        JsonNode tampered = json(dir.resolve("report/grade.json"));
        assertThat(tampered.path("integrity").path("lock").asText()).isEqualTo("changed");
        assertThat(tampered.path("points_earned").asDouble()).as("the edited test gives 09.3 full marks").isEqualTo(20.0);
        assertThat(dir.resolve("report/summary.md")).content().contains("**changed** since `tests.lock`");
    }

    @Test
    void testsFromAPristineCopyGradeAgainstTheCoursesOwnTests() throws Exception {
        TestCourse pristine = new TestCourse(dir.resolve("pristine"));
        Cli setup = new Cli(pristine.root);
        setup.run("lock");
        TestCourse c = learner(dir.resolve("learner"));
        Files.copy(pristine.root.resolve("tests.lock"), c.root.resolve("tests.lock"));
        tamper(c);
        Cli cli = new Cli(c.root);

        assertThat(cli.run(args("grade", "--strict", "--tests-from", pristine.root.toString()))).isZero();

        assertThat(cli.out()).contains("replaced by those of " + pristine.root);
        JsonNode g = json(c.root.resolve(".course/grade/grade.json"));
        assertThat(g.path("integrity").path("lock").asText()).isEqualTo("verified");
        assertThat(g.path("integrity").path("tests_from").asText()).isEqualTo(pristine.root.toString());
        assertThat(g.path("points_earned").asDouble()).isEqualTo(15.0);
    }

    @Test
    void maintainersCanAssertFullMarksOnTheSolutionsAndZeroOnTheStubs() {
        new TestCourse(dir).build();
        Cli cli = new Cli(dir);

        assertThat(cli.run(args("grade", "--solutions", "--no-build", "--expect", "full"))).isZero();
        assertThat(cli.out()).contains("grading the reference solutions").contains("as expected: full marks");
        assertThat(cli.run(args("grade", "09", "--no-build", "--expect", "zero"))).isZero();
        assertThat(cli.run(args("grade", "--no-build", "--expect", "full"))).isEqualTo(1);
        assertThat(cli.err()).contains("expected full marks but the grade is 0 / 60");
    }

    @Test
    void batchGradesEveryFolderIntoOneGradebook() throws Exception {
        TestCourse pristine = new TestCourse(dir.resolve("pristine"));
        new Cli(pristine.root).run("lock");
        Path batch = dir.resolve("submissions");
        TestCourse alice = learner(batch.resolve("alice"));
        Files.copy(pristine.root.resolve("tests.lock"), alice.root.resolve("tests.lock"));
        TestCourse bob = learner(batch.resolve("bob"));
        Files.copy(pristine.root.resolve("tests.lock"), bob.root.resolve("tests.lock"));
        tamper(bob);
        Cli cli = new Cli(dir);

        assertThat(cli.run(args("grade", "--batch", batch.toString(), "--strict", "--jobs", "2"))).isZero();

        assertThat(cli.out()).contains("grading 2 submissions, 2 at a time").contains("gradebook of 2 submissions");
        SchemaAccess.assertValid("gradebook.schema.json", batch.resolve("gradebook.json"));
        assertThat(Files.readString(batch.resolve("gradebook.csv"))).startsWith("""
                submission,status,points_earned,points_possible,tests_lock,09-demo,message
                alice,graded,15,60,verified,15,
                bob,refused,0,0,changed,,"the tests differ from tests.lock:
                  changed: modules/09-demo/src/test/java/demo/DemoTest.java\"""");
        assertThat(batch.resolve("reports/alice/grade.json")).exists();
        assertThat(batch.resolve("reports/bob/grade.log")).content().contains("refusing to grade");
    }

    @Test
    void badOptionsAreExplained() {
        new TestCourse(dir);
        Cli cli = new Cli(dir);

        assertThat(cli.run("grade", "--jobs", "x")).isEqualTo(2);
        assertThat(cli.err()).contains("--jobs takes a positive whole number, not 'x'");
        assertThat(cli.run("grade", "--expect", "maybe")).isEqualTo(2);
        assertThat(cli.run("grade", "--bogus")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown option '--bogus'");
        assertThat(cli.run("grade", "--tests-from", "x", "--no-build")).isEqualTo(2);
        assertThat(cli.err()).contains("drop --no-build");
        assertThat(cli.run("grade", "--out")).isEqualTo(2);
        assertThat(cli.err()).contains("--out needs a value");
        assertThat(cli.run("grade", "42", "--no-build")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown module '42'");
        assertThat(cli.run("grade", "--batch", dir.resolve("modules/09-demo/src/test/java/demo").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("has no sub-folders");
        assertThat(cli.run("lock", "extra")).isEqualTo(2);
    }

    private static String[] args(String... args) {
        String[] all = new String[args.length + FAST.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(FAST, 0, all, args.length, FAST.length);
        return all;
    }
}
