package zerotohero.tools.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.tools.TestCourse;

class TestsLockTest {

    @TempDir
    Path dir;

    @Test
    void locksTestsCatalogsPomsAndTheGradingLibraryButNotTheLearnersCode() {
        TestCourse c = new TestCourse(dir).write("grading/src/main/java/zerotohero/grading/Expect.java", "class Expect {}\n");

        assertThat(TestsLock.lockedFiles(c.root)).containsExactly(
                "grading/pom.xml",
                "grading/src/main/java/zerotohero/grading/Expect.java",
                "modules/09-demo/exercises.yaml",
                "modules/09-demo/pom.xml",
                "modules/09-demo/src/test/java/demo/DemoTest.java",
                "modules/09-demo/src/test/java/demo/RulesTest.java",
                "modules/pom.xml");
    }

    @Test
    void aWrittenLockVerifiesAndEveryKindOfChangeIsNamed() throws Exception {
        TestCourse c = new TestCourse(dir);
        assertThat(TestsLock.verify(c.root).present()).isFalse();

        assertThat(TestsLock.write(c.root)).isEqualTo(6);
        TestsLock.Verification clean = TestsLock.verify(c.root);
        assertThat(clean.ok()).isTrue();
        assertThat(Files.readString(c.root.resolve(TestsLock.FILE)))
                .matches("(?s)([0-9a-f]{64}  \\S+\n){6}");

        c.learner("Counter", "public int increment()", "return 1;");
        assertThat(TestsLock.verify(c.root).ok()).as("the learner's code is not locked").isTrue();

        c.write("modules/09-demo/src/test/java/demo/DemoTest.java", "changed");
        Files.delete(c.root.resolve("modules/09-demo/src/test/java/demo/RulesTest.java"));
        c.write("modules/09-demo/src/test/java/demo/FreePointsTest.java", "class FreePointsTest {}");
        TestsLock.Verification v = TestsLock.verify(c.root);

        assertThat(v.ok()).isFalse();
        assertThat(v.differences()).containsExactly(
                "changed: modules/09-demo/src/test/java/demo/DemoTest.java",
                "missing: modules/09-demo/src/test/java/demo/RulesTest.java",
                "added:   modules/09-demo/src/test/java/demo/FreePointsTest.java");
        assertThat(v.digest()).isNotEqualTo(clean.digest());
    }

    @Test
    void windowsLineEndingsHashTheSame() {
        TestCourse c = new TestCourse(dir);
        TestsLock.write(c.root);
        String catalog = c.root.resolve("modules/09-demo/exercises.yaml").toString();

        c.write("modules/09-demo/exercises.yaml", readString(catalog).replace("\n", "\r\n"));

        assertThat(TestsLock.verify(c.root).ok()).isTrue();
    }

    @Test
    void aMalformedLockSaysHowToFixIt() {
        TestCourse c = new TestCourse(dir).write(TestsLock.FILE, "not a checksum line\n");

        assertThatThrownBy(() -> TestsLock.verify(c.root)).hasMessageContaining("run ./course lock");
    }

    @Test
    void pristineTestsReplaceEditedAndAddedOnes() {
        TestCourse pristine = new TestCourse(dir.resolve("pristine"));
        TestCourse learner = pristine.copyTo(dir.resolve("learner"));
        TestsLock.write(pristine.root);
        learner.write("modules/09-demo/src/test/java/demo/DemoTest.java", "edited");
        learner.write("modules/09-demo/src/test/java/demo/FreePointsTest.java", "added");

        learner.write(TestsLock.FILE, "rewritten by the learner\n");

        TestsLock.copyPristine(pristine.root, learner.root);

        assertThat(TestsLock.verify(learner.root).ok()).as("pristine tests and the course's own lock").isTrue();

        assertThat(learner.root.resolve("modules/09-demo/src/test/java/demo/FreePointsTest.java")).doesNotExist();
        assertThat(learner.root.resolve("modules/09-demo/src/test/java/demo/DemoTest.java")).content().contains("class DemoTest");
        assertThatThrownBy(() -> TestsLock.copyPristine(dir.resolve("nowhere"), learner.root))
                .hasMessageContaining("is not a copy of the course");
    }

    private static String readString(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
