package zerotohero.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The lectures' numbers next to this course's own reference runs.
 *
 * <p>The lectures' side is data kept with the site ({@code reference-results.yaml}); our side is whatever
 * the reference runs have written to {@code modules/<module>/results/<run>.json}. A run that has not been
 * made yet shows as "not yet run", so the page is honest from the first day.
 */
final class ReferenceResults {

    /**
     * A number from the lectures.
     *
     * @param module the module that reproduces it
     * @param run the name of the run, and of its results file
     * @param setup the model and training settings, in a line
     * @param train the training loss the lecture reports, if it reports one
     * @param val the validation loss the lecture reports, if it reports one
     * @param note anything else worth knowing
     */
    record Reference(String module, String run, String setup, Double train, Double val, String note) {}

    /**
     * What a reference run writes to {@code modules/<module>/results/<run>.json}.
     *
     * @param module the module, e.g. {@code 05-mlp}
     * @param run the run's name, e.g. {@code mlp}
     * @param settings every setting that shaped the run (sizes, steps, learning rates, seed, ...)
     * @param steps the optimisation steps taken
     * @param wallTimeSeconds how long the training took
     * @param trainLoss the final loss on the training split
     * @param valLoss the final loss on the validation split, if there is one
     * @param finished when the run ended, ISO-8601
     */
    record Run(String module, String run, Map<String, Object> settings, Long steps,
            @JsonAlias("wallSeconds") Double wallTimeSeconds,
            Double trainLoss, Double valLoss, String finished) {}

    /** A row of the page: the lecture's number and, once it exists, our run. */
    record Row(Reference reference, Optional<Run> ours) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReferenceResults() {}

    /** The lectures' numbers shipped with the site. */
    static List<Reference> references() {
        try (InputStream in = ReferenceResults.class.getResourceAsStream("reference-results.yaml")) {
            return YAML.readValue(in, new TypeReference<List<Reference>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("reference-results.yaml could not be read", e);
        }
    }

    /** Every reference with its run, plus runs that no reference names (their lecture side is empty). */
    static List<Row> rows(Path repoRoot, List<Reference> references) {
        Map<String, Run> runs = runs(repoRoot);
        List<Row> rows = new ArrayList<>();
        for (Reference r : references) {
            rows.add(new Row(r, Optional.ofNullable(runs.remove(r.module() + "/" + r.run()))));
        }
        runs.values().forEach(run -> rows.add(new Row(
                new Reference(run.module(), run.run(), "", null, null, null), Optional.of(run))));
        return rows;
    }

    /** The results files of every module, by {@code module/run}. */
    static Map<String, Run> runs(Path repoRoot) {
        Map<String, Run> runs = new LinkedHashMap<>();
        Path modules = repoRoot.resolve("modules");
        if (!Files.isDirectory(modules)) {
            return runs;
        }
        try (Stream<Path> files = Files.list(modules).map(m -> m.resolve("results")).filter(Files::isDirectory)
                .flatMap(ReferenceResults::list).filter(f -> f.toString().endsWith(".json")).sorted()) {
            for (Path file : files.toList()) {
                Run run = read(file);
                runs.put(run.module() + "/" + run.run(), run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the results under " + modules, e);
        }
        return runs;
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Reads a results file; a missing module or run name is taken from its place and file name. */
    static Run read(Path file) {
        try {
            Run run = JSON.readValue(file.toFile(), Run.class);
            String module = run.module() != null ? run.module() : file.getParent().getParent().getFileName().toString();
            String name = run.run() != null ? run.run() : file.getFileName().toString().replaceFirst("\\.json$", "");
            return new Run(module, name, run.settings() == null ? Map.of() : run.settings(), run.steps(),
                    run.wallTimeSeconds(), run.trainLoss(), run.valLoss(), run.finished());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a valid results file: " + e.getMessage(), e);
        }
    }

    /** The results table as HTML: a group of rows per module, a row per run. */
    static String table(List<Row> rows, Set<String> modulesWithPages) {
        StringBuilder body = new StringBuilder();
        String module = null;
        for (Row row : rows) {
            Reference r = row.reference();
            if (!r.module().equals(module)) {
                module = r.module();
                String name = modulesWithPages.contains(module)
                        ? "<a href=\"modules/" + module + "/index.html\">" + Html.escape(module) + "</a>"
                        : Html.escape(module);
                body.append("<tr class=\"group\"><th colspan=\"6\" scope=\"rowgroup\">").append(name).append("</th></tr>\n");
            }
            String ours = row.ours().map(ReferenceResults::ours)
                    .orElse("<td class=\"num\" colspan=\"2\"><span class=\"pending\">not yet run</span></td><td></td>");
            String note = r.note() == null || r.note().isBlank() ? "" : "<div class=\"note\">" + Html.escape(r.note()) + "</div>";
            body.append("""
                    <tr>
                      <td><code>%s</code><div class="setup">%s</div>%s</td>
                      <td class="num">%s</td><td class="num">%s</td>
                      %s
                    </tr>
                    """.formatted(Html.escape(r.run()), Html.escape(orEmpty(r.setup())), note,
                    lecture(r.train()), lecture(r.val()), ours));
        }
        return """
                <div class="table-wrap"><table class="results">
                <thead>
                <tr><th rowspan="2" scope="col">Run</th><th colspan="2" scope="colgroup">Lecture</th><th colspan="3" scope="colgroup">This course</th></tr>
                <tr><th scope="col">train</th><th scope="col">val</th><th scope="col">train</th><th scope="col">val</th><th scope="col">steps, time</th></tr>
                </thead>
                <tbody>
                %s</tbody>
                </table></div>
                """.formatted(body);
    }

    private static String ours(Run run) {
        String steps = run.steps() == null ? "" : String.format(Locale.ROOT, "%,d steps", run.steps());
        String time = run.wallTimeSeconds() == null ? "" : String.format(Locale.ROOT, "%.1f s", run.wallTimeSeconds());
        // Each part stays whole, but the cell may break between them: on a narrow page "645.3 s" goes under
        // "200,000 steps" instead of pushing the column out of sight.
        String stepsAndTime = String.join(", ", Stream.of(steps, time).filter(s -> !s.isEmpty())
                .map(s -> "<span class=\"part\">" + Html.escape(s) + "</span>").toList());
        return "<td class=\"num\">" + number(run.trainLoss()) + "</td><td class=\"num\">" + number(run.valLoss())
                + "</td><td class=\"num steps\">" + stepsAndTime + "</td>";
    }

    private static String number(Double value) {
        return value == null ? "—" : Html.escape(String.format(Locale.ROOT, "%.4f", value).replaceFirst("0+$", "")
                .replaceFirst("\\.$", ".0"));
    }

    /** A lecture's number exactly as reported: 2.170 stays 2.17, 2.454577 keeps its digits. */
    private static String lecture(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
