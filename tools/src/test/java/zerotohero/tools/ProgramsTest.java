package zerotohero.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsTest {

    @TempDir
    Path root;

    private void program(String file) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        String name = p.getFileName().toString().replace(".java", "");
        Files.writeString(p, "package demo;\nclass " + name + " {\n    public static void main(String[] args) {\n    }\n}\n");
    }

    @Test
    void findsAModulesProgramByNameAndRunsItThroughTheWrapper() throws IOException {
        program("modules/09-demo/src/main/java/demo/Train.java");
        program("solutions/09-demo/src/main/java/demo/Train.java");
        program("modules/09-demo/src/test/java/demo/Figures.java");

        Programs.Program yours = Programs.find(root, "09-demo", "Train", false).orElseThrow();
        assertThat(yours.maven()).containsExactly("-q", "-B", "-pl", "modules/09-demo", "-am", "compile",
                "dependency:build-classpath", "-Dmdep.outputFile=target/course-run.classpath",
                "-Dmdep.includeScope=runtime", "-Dcoverage.skip=true");
        assertThat(yours.java(root, "kit.jar", List.of("baby-gpt", "--steps", "20")))
                .as("the program runs in a JVM of its own, with the module's classes first and its arguments last")
                .endsWith("-cp", root.resolve("modules/09-demo/target/classes") + java.io.File.pathSeparator + "kit.jar",
                        "demo.Train", "baby-gpt", "--steps", "20");
        assertThat(Programs.find(root, "09-demo", "Train", true).orElseThrow().maven())
                .as("the reference solution builds under the solutions profile").contains("-Psolutions", "solutions/09-demo");
        Programs.Program figures = Programs.find(root, "09-demo", "Figures", true).orElseThrow();
        assertThat(figures.maven()).as("a program in the test sources needs the test class path")
                .contains("test-compile", "-Dmdep.includeScope=test");
        assertThat(String.join(" ", figures.java(root, "x", List.of()))).contains("test-classes");
        assertThat(Programs.programs(root, "09-demo")).containsExactly("Figures", "Train");
    }

    @Test
    void saysWhatIsMissing() throws IOException {
        program("modules/04-demo/src/main/java/demo/Figures.java");
        PrintStream out = new PrintStream(new ByteArrayOutputStream());

        assertThatThrownBy(() -> Programs.train(root, List.of("04"), out)).hasMessageContaining("no training program");
        assertThatThrownBy(() -> Programs.program(root, List.of("04", "Generate"), out))
                .hasMessageContaining("no program Generate").hasMessageContaining("[Figures]");
        assertThatThrownBy(() -> Programs.figures(root, List.of(), out)).hasMessageContaining("./course figures 05");
        assertThatThrownBy(() -> Programs.figures(root, List.of("07"), out)).hasMessageContaining("no module 07");
    }
}
