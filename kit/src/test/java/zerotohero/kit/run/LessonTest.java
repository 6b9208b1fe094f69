package zerotohero.kit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonTest {

    @Test
    void findsTheModuleFolderAboveTheWorkingDirectory(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("mvnw"), "");
        Path deep = Files.createDirectories(repo.resolve("solutions/05-mlp/target"));
        assertThat(new Lesson("05-mlp").dir(deep)).isEqualTo(repo.resolve("modules/05-mlp"));
        assertThat(new Lesson("05-mlp").dir()).endsWith(Path.of("modules", "05-mlp")); // from this repository
    }

    @Test
    void outsideTheRepositoryItSaysSo(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> new Lesson("05-mlp").dir(elsewhere.getRoot()))
                .hasMessageContaining("inside the repository");
    }

    @Test
    void writesOrderedEscapedJson(@TempDir Path dir) throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("train", 2.1146);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", "say \"hi\" \\ bye");
        result.put("ok", true);
        result.put("loss", inner);
        String json = Lesson.json(result, "");
        assertThat(json).isEqualTo("{\n  \"run\": \"say \\\"hi\\\" \\\\ bye\",\n  \"ok\": true,\n"
                + "  \"loss\": {\n    \"train\": 2.1146\n  }\n}");
        Path file = dir.resolve("results/run.json");
        Lesson.write(file, json);
        assertThat(Files.readString(file)).isEqualTo(json);
        assertThatThrownBy(() -> Lesson.write(file.resolve("under-a-file.json"), json))
                .hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void peakMemoryIsAtLeastWhatThisProcessHoldsNow() {
        long peak = Lesson.peakResidentBytes();
        org.junit.jupiter.api.Assumptions.assumeTrue(peak != -1, "this system does not report peak memory");
        Runtime r = Runtime.getRuntime();
        assertThat(peak).isGreaterThan(r.totalMemory() - r.freeMemory()).isLessThan(1L << 40);
    }

    @Test
    void progressRedrawsOncePerPercentAndEndsTheLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Lesson.Progress bar = new Lesson.Progress(200, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        for (int step = 0; step < 200; step++) {
            bar.update(step, 1.5);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.chars().filter(c -> c == '\r').count()).isEqualTo(101); // 0% to 100%
        assertThat(out).contains("100% step 200/200 loss 1.5000").endsWith(System.lineSeparator());
        new Lesson.Progress(1).update(0, 0); // the console version
    }
}
