package zerotohero.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How hard each module's graded tests are to fool, as a table for the results page: the known mistakes
 * ({@code mistakes.yaml}) that {@code ./course check} proves they catch, and the share of PIT's mutants of
 * the exercise files they kill ({@code mutation-score.json}, written by {@code ./course mutation}).
 */
final class TestStrength {

    /** What {@code ./course mutation} records next to a module's catalog; other fields are ignored. */
    record Score(int generated, int killed, int equivalent, int survived, double percent, String measured) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TestStrength() {}

    /** A module's recorded mutation score, if it has one. */
    static Optional<Score> score(Path moduleDir) {
        Path file = moduleDir.resolve("mutation-score.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Score.class));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a recorded mutation score: " + e.getMessage(), e);
        }
    }

    /** One row per module: exercises, mistakes caught, mutants and the score. */
    static String table(List<CourseModule> modules) {
        StringBuilder rows = new StringBuilder();
        for (CourseModule m : modules) {
            String mutants = score(m.dir()).map(s -> String.format(Locale.ROOT,
                    "<td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\"><strong>%.1f%%</strong></td>",
                    s.generated(), s.killed(), s.equivalent(), s.percent()))
                    .orElse("<td class=\"num\" colspan=\"4\"><span class=\"pending\">not yet measured</span></td>");
            rows.append(String.format(Locale.ROOT, """
                    <tr><td><a href="modules/%1$s/index.html">%1$s</a></td><td class="num">%2$d</td><td class="num">%3$d</td>%4$s</tr>
                    """, Html.escape(m.name()), m.catalog().exercises().size(), m.mistakes().mistakes().size(), mutants));
        }
        return """
                <div class="table-wrap"><table class="results strength">
                <thead>
                <tr><th rowspan="2" scope="col">Module</th><th rowspan="2" scope="col">Exercises</th><th rowspan="2" scope="col">Mistakes caught</th><th colspan="4" scope="colgroup">Mutants of the exercise files</th></tr>
                <tr><th scope="col">made</th><th scope="col">killed</th><th scope="col">equivalent</th><th scope="col">score</th></tr>
                </thead>
                <tbody>
                %s</tbody>
                </table></div>
                """.formatted(rows);
    }
}
