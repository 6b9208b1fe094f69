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
        assertThat(yours.maven(List.of("baby-gpt", "--steps", "20"))).containsExactly("-q", "-B", "-pl",
                "modules/09-demo", "-am", "compile", "exec:java", "-Dexec.skip=false", "-Dexec.mainClass=demo.Train",
                "-Dcoverage.skip=true", "-Dexec.args=baby-gpt --steps 20");
        assertThat(Programs.find(root, "09-demo", "Train", true).orElseThrow().maven(List.of()))
                .as("the reference solution runs under the solutions profile").contains("-Psolutions", "solutions/09-demo");
        assertThat(Programs.find(root, "09-demo", "Figures", true).orElseThrow().maven(List.of()))
                .as("a program in the test sources runs with the test class path")
                .contains("test-compile", "-Dexec.classpathScope=test");
        assertThat(Programs.programs(root, "09-demo")).containsExactly("Figures", "Train");
        assertThat(Programs.quoted("First Citizen:")).isEqualTo("'First Citizen:'");
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
