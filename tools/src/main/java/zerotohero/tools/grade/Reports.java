package zerotohero.tools.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grade in the forms people and platforms read: {@code grade.json} (the course's own format, see
 * {@code tools/schema/grade.schema.json}), {@code summary.md} (for a CI job summary such as
 * {@code $GITHUB_STEP_SUMMARY}), and {@code results.json} in the exercism test-runner format, version 3,
 * which several platforms can read. All three say the same thing.
 */
public final class Reports {

    /** JSON with snake_case names, as the schemas spell them. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static final String GRADE_JSON = "grade.json";
    public static final String SUMMARY_MD = "summary.md";
    public static final String RESULTS_JSON = "results.json";

    private Reports() {
    }

    /** Writes the three files into {@code dir}. */
    public static void write(Grade grade, Path dir) {
        Atomic.write(dir.resolve(GRADE_JSON), json(grade));
        Atomic.write(dir.resolve(SUMMARY_MD), markdown(grade));
        Atomic.write(dir.resolve(RESULTS_JSON), json(exercism(grade)));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown summary: the total, a table of modules, then each exercise that is not yet full marks. */
    public static String markdown(Grade g) {
        StringBuilder s = new StringBuilder();
        s.append("## Grade: ").append(Points.format(g.pointsEarned())).append(" / ").append(g.pointsPossible())
                .append(" points\n\n");
        if (g.target().equals("solutions")) {
            s.append("Graded: the reference solutions.\n\n");
        }
        s.append("Tests: ").append(switch (g.integrity().lock()) {
            case "verified" -> "the course's own (they match `tests.lock`)";
            case "changed" -> "**changed** since `tests.lock`: " + String.join(", ", g.integrity().changedFiles());
            default -> "no `tests.lock` to compare with";
        });
        if (g.integrity().testsFrom() != null) {
            s.append("; copied from a pristine tree before grading");
        }
        s.append(".\n\n| module | points | exercises passed | status |\n|---|---:|---:|---|\n");
        for (Grade.Module m : g.modules()) {
            long passed = m.exercises().stream().filter(e -> e.status().equals("passed")).count();
            s.append("| ").append(m.module()).append(" | ").append(Points.format(m.pointsEarned())).append(" / ")
                    .append(m.pointsPossible()).append(" | ").append(passed).append(" / ").append(m.exercises().size())
                    .append(" | ").append(m.status().replace('_', ' ')).append(rules(m)).append(" |\n");
        }
        List<Grade.Exercise> open = new ArrayList<>();
        g.modules().forEach(m -> m.exercises().stream().filter(e -> !e.status().equals("passed")).forEach(open::add));
        if (!open.isEmpty()) {
            s.append("\n<details><summary>").append(open.size()).append(" exercise").append(open.size() == 1 ? "" : "s")
                    .append(" not yet at full marks</summary>\n\n| exercise | points | status | first problem |\n|---|---:|---|---|\n");
            for (Grade.Exercise e : open) {
                s.append("| ").append(e.id()).append(' ').append(cell(e.title())).append(" | ")
                        .append(Points.format(e.pointsEarned())).append(" / ").append(e.pointsPossible()).append(" | ")
                        .append(e.status().replace('_', ' ')).append(" | ").append(cell(firstLine(e.message()))).append(" |\n");
            }
            s.append("\n</details>\n");
        }
        s.append("\nCourse ").append(g.courseVersion()).append(", graded ").append(g.gradedAt()).append(".\n");
        return s.toString();
    }

    /** The exercism test-runner interface, version 3: one entry per test, its exercise as the task. */
    static Map<String, Object> exercism(Grade g) {
        List<Map<String, Object>> tests = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int task = 0;
        for (Grade.Module m : g.modules()) {
            if (!m.status().equals("graded")) {
                errors.add(m.module() + ": " + m.message());
            }
            for (Grade.Exercise e : m.exercises()) {
                task++;
                for (Grade.Test t : e.tests()) {
                    Map<String, Object> test = new LinkedHashMap<>();
                    test.put("name", e.id() + " " + e.title() + " > " + t.name());
                    test.put("test_code", t.name());
                    String status = switch (t.status()) {
                        case "passed" -> "pass";
                        case "error" -> "error";
                        default -> "fail";
                    };
                    test.put("status", status);
                    if (!status.equals("pass")) {
                        test.put("message", t.message().isEmpty() ? t.status() : t.message());
                    }
                    test.put("task_id", task);
                    tests.add(test);
                }
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("version", 3);
        String status = tests.isEmpty() ? "error"
                : tests.stream().allMatch(t -> t.get("status").equals("pass")) && errors.isEmpty() ? "pass" : "fail";
        results.put("status", status);
        if (status.equals("error")) {
            results.put("message", errors.isEmpty() ? "no test ran" : String.join("\n", errors));
        }
        results.put("tests", tests);
        return results;
    }

    /** The ungraded module rules (e.g. architecture tests) that are broken: worth no points, worth knowing. */
    private static String rules(Grade.Module m) {
        long broken = m.checks().stream().filter(c -> !c.status().equals("passed")).count();
        return broken == 0 ? "" : ", " + broken + " module rule" + (broken == 1 ? "" : "s") + " broken";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl) + " …";
        return s.length() > 200 ? s.substring(0, 199) + "…" : s;
    }
}
