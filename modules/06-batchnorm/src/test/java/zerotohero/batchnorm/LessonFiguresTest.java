package zerotohero.batchnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lesson and its figures agree: every figure in figures/ is shown, and every figure shown exists. */
@DisplayName("06 lesson: every figure is used, every used figure exists")
class LessonFiguresTest {

    @Test
    @Timeout(10)
    void figuresAndLessonAgree() throws IOException {
        Path dir = Train.LESSON.dir();
        String lesson = Files.readString(dir.resolve("README.md"));
        List<String> files;
        try (Stream<Path> s = Files.list(dir.resolve("figures"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
        }
        assertThat(files).as("figures in modules/06-batchnorm/figures").isNotEmpty();
        for (String f : files) {
            assertThat(lesson).as(f + " is drawn but README.md never shows it: show it where the lesson discusses it, or stop drawing it")
                    .contains("(figures/" + f + ")");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(figures/([^)]+\\.svg)\\)").matcher(lesson);
        while (m.find()) {
            assertThat(dir.resolve("figures").resolve(m.group(1))).as("README.md shows figures/" + m.group(1)).exists();
        }
    }
}
