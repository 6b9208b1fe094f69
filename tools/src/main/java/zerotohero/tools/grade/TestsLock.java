package zerotohero.tools.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import zerotohero.grading.Catalog;

/**
 * The lock file {@code tests.lock}: the sha256 of every file that decides a grade, so that a grader can
 * tell a tree whose tests were edited from a pristine one.
 *
 * <p>Locked are the graded tests and catalogs of every module ({@code modules/NN/src/test/**},
 * {@code exercises.yaml}, the module's {@code pom.xml}), {@code modules/pom.xml}, and the {@code grading}
 * library the tests assert with. The learner's code ({@code src/main}) is not. Each line reads
 * {@code <sha256>  <path>}, as {@code sha256sum} writes it; line endings are normalised to LF before
 * hashing, so a Windows checkout has the same sums.
 */
public final class TestsLock {

    /** The lock file's name, at the course's root. */
    public static final String FILE = "tests.lock";

    private TestsLock() {
    }

    /**
     * How a tree compares with its lock.
     *
     * @param present whether the tree has a lock file
     * @param changed locked files whose content differs
     * @param missing locked files that are gone
     * @param added files that should be locked but are not (e.g. a test class added to a module)
     * @param digest the sha256 of the tree's own lock listing: equal digests, equal tests
     */
    public record Verification(boolean present, List<String> changed, List<String> missing, List<String> added,
            String digest) {

        public boolean ok() {
            return present && changed.isEmpty() && missing.isEmpty() && added.isEmpty();
        }

        /** Every difference, one per line, e.g. {@code changed: modules/03-micrograd/src/test/...}. */
        public List<String> differences() {
            List<String> all = new ArrayList<>();
            changed.forEach(f -> all.add("changed: " + f));
            missing.forEach(f -> all.add("missing: " + f));
            added.forEach(f -> all.add("added:   " + f));
            return all;
        }
    }

    /** The files that decide a grade, relative to {@code root} with '/' separators, sorted. */
    public static List<String> lockedFiles(Path root) {
        List<Path> files = new ArrayList<>();
        addIfFile(files, root.resolve("modules/pom.xml"));
        addIfFile(files, root.resolve("grading/pom.xml"));
        addTree(files, root.resolve("grading/src/main"));
        Path modules = root.resolve("modules");
        if (Files.isDirectory(modules)) {
            try (Stream<Path> dirs = Files.list(modules)) {
                for (Path m : dirs.filter(d -> Files.isRegularFile(d.resolve(Catalog.FILE))).sorted().toList()) {
                    addIfFile(files, m.resolve("pom.xml"));
                    addIfFile(files, m.resolve(Catalog.FILE));
                    addTree(files, m.resolve("src/test"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.stream().map(f -> relative(root, f)).sorted().toList();
    }

    /** The sums of the locked files of {@code root}, by path. */
    public static Map<String, String> compute(Path root) {
        Map<String, String> sums = new TreeMap<>();
        for (String file : lockedFiles(root)) {
            sums.put(file, sha256(root.resolve(file)));
        }
        return sums;
    }

    /** Writes {@code root/tests.lock} for the tree as it is; returns the number of files locked. */
    public static int write(Path root) {
        Map<String, String> sums = compute(root);
        Atomic.write(root.resolve(FILE), listing(sums));
        return sums.size();
    }

    /** Compares the tree with its lock file. */
    public static Verification verify(Path root) {
        Map<String, String> actual = compute(root);
        String digest = digest(listing(actual));
        Path lock = root.resolve(FILE);
        if (!Files.isRegularFile(lock)) {
            return new Verification(false, List.of(), List.of(), List.of(), digest);
        }
        Map<String, String> expected = read(lock);
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> added = new ArrayList<>();
        expected.forEach((file, sum) -> {
            if (!actual.containsKey(file)) {
                missing.add(file);
            } else if (!actual.get(file).equals(sum)) {
                changed.add(file);
            }
        });
        actual.keySet().stream().filter(f -> !expected.containsKey(f)).forEach(added::add);
        return new Verification(true, changed, missing, added, digest);
    }

    /**
     * Replaces the locked files of {@code target}, and its lock, by those of the pristine tree
     * {@code pristine}: each module's {@code src/test} is deleted first, so that a test class a learner
     * added does not survive. Returns the files copied.
     */
    public static List<String> copyPristine(Path pristine, Path target) {
        if (!Files.isDirectory(pristine.resolve("modules"))) {
            throw new IllegalArgumentException(pristine + " is not a copy of the course (it has no modules/ folder)");
        }
        List<String> files = new ArrayList<>(lockedFiles(pristine));
        if (Files.isRegularFile(pristine.resolve(FILE))) {
            files.add(FILE); // the course's own lock: a copy's lock could have been rewritten to match its edits
        }
        try {
            for (String f : files) {
                if (f.startsWith("modules/") && f.contains("/src/test/")) {
                    deleteTree(target.resolve(f.substring(0, f.indexOf("/src/test/") + "/src/test".length())));
                }
            }
            for (String f : files) {
                Path to = target.resolve(f);
                Files.createDirectories(to.getParent());
                Files.copy(pristine.resolve(f), to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String listing(Map<String, String> sums) {
        StringBuilder s = new StringBuilder();
        sums.forEach((file, sum) -> s.append(sum).append("  ").append(file).append('\n'));
        return s.toString();
    }

    private static Map<String, String> read(Path lock) {
        Map<String, String> sums = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(lock, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int gap = line.indexOf("  ");
                if (gap != 64) {
                    throw new IllegalArgumentException(lock + " has a line that is not '<sha256>  <path>': " + line
                            + " (run ./course lock to write it again)");
                }
                sums.put(line.substring(gap + 2).strip(), line.substring(0, gap));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums;
    }

    static String sha256(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return digest(new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void addIfFile(List<Path> files, Path f) {
        if (Files.isRegularFile(f)) {
            files.add(f);
        }
    }

    private static void addTree(List<Path> files, Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
