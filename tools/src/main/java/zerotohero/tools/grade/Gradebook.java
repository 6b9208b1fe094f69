package zerotohero.tools.grade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Batch grading: a folder with one sub-folder per submission (each a copy of the course) graded into one
 * gradebook, {@code gradebook.csv} for a spreadsheet and {@code gradebook.json}
 * ({@code tools/schema/gradebook.schema.json}). Submissions are graded in parallel, as many at a time as
 * asked (by default one per core); each one's own reports and log go to {@code reports/NAME/}. A
 * submission that is refused (edited tests under {@code --strict}) or cannot be graded gets a row that
 * says why, and the others go on.
 */
public final class Gradebook {

    public static final String CSV = "gradebook.csv";
    public static final String JSON = "gradebook.json";
    public static final String SCHEMA = "zerotohero-gradebook/1";

    private Gradebook() {
    }

    /** Thrown by a grading that refuses a submission; its message says why. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String why) {
            super(why);
        }
    }

    /** Grades one submission, telling its log what it does. */
    @FunctionalInterface
    public interface Grading {
        Grade grade(Path submission, PrintStream log);
    }

    /**
     * One row.
     *
     * @param status {@code graded}, {@code refused} or {@code error}
     * @param lock {@code verified}, {@code changed}, {@code absent}, or empty when not graded
     * @param modules points earned per module
     */
    public record Submission(String submission, String status, String message, double pointsEarned, int pointsPossible,
            String lock, Map<String, Double> modules, double durationSeconds) {
    }

    public record Book(String schema, String courseVersion, String gradedAt, List<Submission> submissions) {
    }

    /** Where a submission's reports go. */
    public static Path reports(Path out, Path submission) {
        return out.resolve("reports").resolve(submission.getFileName().toString());
    }

    public static Book grade(Path batch, Path out, Grading grading, int jobs, PrintStream progress) {
        List<Path> dirs;
        try (Stream<Path> all = Files.list(batch)) {
            dirs = all.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> !d.equals(out.resolve("reports")) && !d.equals(out)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the batch folder " + batch + ": " + e.getMessage(), e);
        }
        if (dirs.isEmpty()) {
            throw new IllegalArgumentException(batch + " has no sub-folders: --batch expects one folder per submission,"
                    + " each a copy of the course");
        }
        progress.println("grading " + dirs.size() + " submissions, " + jobs + " at a time");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<Submission>> futures = new ArrayList<>();
            for (Path d : dirs) {
                futures.add(pool.submit(() -> one(d, out, grading, progress)));
            }
            List<Submission> rows = new ArrayList<>();
            for (Future<Submission> f : futures) {
                rows.add(f.get());
            }
            return new Book(SCHEMA, Grader.courseVersion(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch grading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("batch grading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Submission one(Path dir, Path out, Grading grading, PrintStream progress) {
        String name = dir.getFileName().toString();
        long start = System.nanoTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Submission row;
        try {
            Grade g = grading.grade(dir, log);
            Map<String, Double> modules = new LinkedHashMap<>();
            g.modules().forEach(m -> modules.put(m.module(), m.pointsEarned()));
            row = new Submission(name, "graded", "", g.pointsEarned(), g.pointsPossible(), g.integrity().lock(), modules,
                    seconds(start));
        } catch (Refused e) {
            row = new Submission(name, "refused", e.getMessage(), 0, 0, "changed", Map.of(), seconds(start));
        } catch (RuntimeException e) {
            e.printStackTrace(log);
            row = new Submission(name, "error", String.valueOf(e.getMessage()), 0, 0, "", Map.of(), seconds(start));
        }
        Atomic.write(reports(out, dir).resolve("grade.log"), bytes.toString(StandardCharsets.UTF_8));
        synchronized (progress) {
            progress.printf("  %-24s %8s / %-4d %s (%.1f s)%n", name, Points.format(row.pointsEarned()), row.pointsPossible(),
                    row.status(), row.durationSeconds());
        }
        return row;
    }

    private static double seconds(long start) {
        return Points.round((System.nanoTime() - start) / 1e9);
    }

    public static void write(Book book, Path out) {
        Atomic.write(out.resolve(JSON), Reports.json(book));
        Atomic.write(out.resolve(CSV), csv(book));
    }

    static String csv(Book book) {
        TreeSet<String> modules = new TreeSet<>();
        book.submissions().forEach(s -> modules.addAll(s.modules().keySet()));
        StringBuilder s = new StringBuilder("submission,status,points_earned,points_possible,tests_lock");
        modules.forEach(m -> s.append(',').append(m));
        s.append(",message\n");
        for (Submission row : book.submissions()) {
            s.append(quote(row.submission())).append(',').append(row.status()).append(',')
                    .append(Points.format(row.pointsEarned())).append(',').append(row.pointsPossible()).append(',')
                    .append(row.lock());
            modules.forEach(m -> s.append(',').append(row.modules().containsKey(m) ? Points.format(row.modules().get(m)) : ""));
            s.append(',').append(quote(row.message())).append('\n');
        }
        return s.toString();
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

}
