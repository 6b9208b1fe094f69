package zerotohero.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import zerotohero.grading.Catalog;

/**
 * {@code ./course reset ID}: puts an exercise's files back as the course shipped them, from git.
 *
 * <p>The stub of a file is the newest version in the git history that still has a
 * {@code throw new Todo("…")} for every exercise the catalog places in that file: a learner's own commits
 * (which solve some of them) are passed over, while an update of the stubs by the course is taken. A file
 * holds several exercises, so resetting one resets the others in that file too: the command says which,
 * asks before it writes, and copies the current files to {@code .course/backup/} first. Nothing is lost.
 */
final class Reset {

    private Reset() {
    }

    static int command(Workspace w, List<String> args) {
        Workspace.Found f = w.exercise(Syllabus.one(args, "reset", "03.2"));
        Terminal t = w.term;
        Path lesson = f.module().lesson();
        Map<String, String> stubs = new LinkedHashMap<>();
        List<String> affected = new ArrayList<>();
        for (String file : f.exercise().files()) {
            List<String> ids = f.catalog().exercises().stream().filter(e -> e.files().contains(file))
                    .map(Catalog.Entry::id).toList();
            ids.stream().filter(id -> !affected.contains(id)).forEach(affected::add);
            String path = w.relative(lesson.resolve(file));
            stubs.put(file, stub(w.root, path, ids));
        }
        t.out.println("reset " + f.exercise().id() + " restores " + String.join(", ",
                f.exercise().files().stream().map(x -> w.relative(lesson.resolve(x))).toList()) + " to the stub.");
        if (affected.size() > 1) {
            t.out.println(t.yellow("These files also hold exercises " + String.join(", ", affected.stream()
                    .filter(id -> !id.equals(f.exercise().id())).toList()) + ": their code is reset too."));
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = w.root.resolve(".course/backup").resolve(stamp);
        t.out.println("Your current files are copied to " + w.relative(backup) + " first.");
        if (!t.confirm("Reset " + f.exercise().id() + "?")) {
            t.out.println("Nothing was changed.");
            return 1;
        }
        try {
            for (Map.Entry<String, String> s : stubs.entrySet()) {
                Path file = lesson.resolve(s.getKey());
                if (Files.isRegularFile(file)) {
                    Path copy = backup.resolve(w.relative(file));
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
                zerotohero.tools.grade.Atomic.write(file, s.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t.out.println(t.green("Reset " + String.join(", ", affected) + ".") + " Start again with ./course verify "
                + f.exercise().id());
        return 0;
    }

    /** The newest committed version of {@code path} that still throws Todo for each of {@code ids}. */
    static String stub(Path root, String path, List<String> ids) {
        String log = git(root, "log", "--format=%H", "--", path);
        if (log == null) {
            throw new IllegalArgumentException("reset needs git and the course's git history, and " + root
                    + " is not a git repository (or git is not installed). Copy " + path + " from a fresh copy of the course instead.");
        }
        for (String commit : log.strip().split("\\R")) {
            if (commit.isBlank()) {
                continue;
            }
            String text = git(root, "show", commit + ":" + path);
            if (text != null && ids.stream().allMatch(id -> text.contains("new Todo(\"" + id + "\")"))) {
                return text;
            }
        }
        throw new IllegalArgumentException("no version of " + path + " in the git history still has the stubs of "
                + String.join(", ", ids) + ": copy it from a fresh copy of the course.");
    }

    /** Runs git in {@code root}; its output, or null if it failed. */
    private static String git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("course-git", ".txt");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.getOutputStream().close();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
