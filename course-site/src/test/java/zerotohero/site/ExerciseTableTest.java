package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog turned into the exercise table of a module page. */
class ExerciseTableTest {

    @TempDir
    Path tmp;

    private String table() throws IOException {
        CourseModule module = CourseModule.read(Fixture.write(tmp).resolve("modules/41-first"));
        List<Markdown.Entry> toc = List.of(new Markdown.Entry(2, "1-why", "1. Why"),
                new Markdown.Entry(2, "2-doing-it", "2. Doing it, the long way"),
                new Markdown.Entry(2, "going-further", "Going further"));
        return ExerciseTable.render(module, toc, new Markdown(d -> d, Glossary.Linker.NONE), f -> "src/" + f);
    }

    @Test
    void listsEachExerciseWithItsPointsAndTheTotal() throws IOException {
        String html = table();
        assertThat(html).contains("<tr id=\"exercise-41-1\">").contains("<span class=\"id\">41.1</span> The thing")
                .contains("<td class=\"points\">10</td>").contains("<td class=\"points\">5</td>")
                .contains("<tfoot><tr><td>Total</td><td class=\"points\">15</td>");
    }

    @Test
    void linksTheSectionByItsNumberOrItsName() throws IOException {
        assertThat(table()).contains("Lesson: <a href=\"#2-doing-it\">2. Doing the thing</a>")
                .contains("Lesson: <a href=\"#going-further\">Going further</a>");
    }

    @Test
    void linksTheStubsToEditAndTheTestsThatGrade() throws IOException {
        assertThat(table()).contains("<span class=\"label\">Edit:</span> <a href=\"src/src/main/java/demo/Thing.java\"")
                .contains("<span class=\"label\">Tests:</span> <a href=\"src/src/test/java/demo/ThingTest.java\"");
    }

    @Test
    void foldsTheHintsAndRendersTheirCodeAndMath() throws IOException {
        assertThat(table()).contains("<details><summary>2 hints</summary><ol><li>Use <code>+=</code>, not <code>=</code>.</li>"
                + "<li>Remember <span class=\"math inline\">a*b</span>.</li></ol></details>")
                .contains("<summary>1 hint</summary>");
    }

    @Test
    void listsTheMistakesEachExercisesTestsCatch() throws IOException {
        assertThat(table()).contains("<details class=\"mistakes\"><summary>1 mistake caught</summary>"
                + "<ul><li>Assigns with <code>=</code> where the gradient must accumulate</li></ul></details>");
    }
}
