package zerotohero.tools.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import zerotohero.grading.Catalog;

/**
 * The mutation score of a module's exercise files: of the mutants PIT made of them, the share its graded
 * tests kill, once the mutants that cannot be killed (they change nothing a test could observe) are set
 * aside. Those are listed, each with a one-line reason, in {@code equivalent-mutants.yaml} next to the
 * module's catalog.
 *
 * @param module the module folder's name
 * @param generated mutants PIT made
 * @param killed mutants a test detected (killed, timed out, or crashed the run, as PIT counts them)
 * @param equivalent surviving mutants listed as equivalent
 * @param survivors the other surviving mutants: the tests' blind spots
 */
public record MutationScore(String module, int generated, int killed, int equivalent, List<Mutant> survivors) {

    /** The file of a module's equivalent mutants, next to its catalog. */
    public static final String EQUIVALENT_FILE = "equivalent-mutants.yaml";

    /**
     * The score last measured, next to the catalog, so that the site can show it and CI can check it is
     * current without running PIT on every module.
     */
    public static final String RECORD_FILE = "mutation-score.json";

    /** Statuses PIT reports for a mutant that a test detected. */
    private static final Set<String> DETECTED = Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR");

    /** One mutant as PIT reports it. */
    public record Mutant(String mutatedClass, String method, int line, String mutator, String description,
            String status) {

        @Override
        public String toString() {
            String simple = mutatedClass.substring(mutatedClass.lastIndexOf('.') + 1);
            return simple + "." + method + " line " + line + ": " + description + " (" + status.toLowerCase() + ")";
        }
    }

    /**
     * A mutant that no test can kill. It matches a reported mutant by class, method and description (not
     * by line, which moves whenever the file is edited).
     */
    public record Equivalent(String mutatedClass, String method, String description, String reason) {
        boolean matches(Mutant m) {
            return m.mutatedClass().equals(mutatedClass) && m.method().equals(method)
                    && m.description().equals(description);
        }
    }

    /** Equivalent mutants of a module, as its {@code equivalent-mutants.yaml} lists them. */
    public record EquivalentList(String module, List<Equivalent> mutants) {
        public EquivalentList {
            mutants = mutants == null ? List.of() : List.copyOf(mutants);
        }
    }

    /**
     * A measured score as {@value #RECORD_FILE} keeps it.
     *
     * @param fingerprint sha256 of what the score depends on ({@link #fingerprint}): when it no longer
     *     matches, the score is out of date
     * @param measured the day PIT ran, ISO-8601
     * @param seconds how long the PIT run took
     */
    public record Recorded(String module, int generated, int killed, int equivalent, int survived, double percent,
            String fingerprint, String measured, double seconds) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * What PIT mutates and scores as one: a module's exercise files with its graded tests, or kit with its
     * own tests.
     *
     * @param root the course's root, against which the inputs are named in the fingerprint
     * @param name the module's folder name, or {@code kit}
     * @param dir where its equivalent mutants and recorded score live
     * @param inputs the files the score depends on (what is mutated, what kills, the equivalent list)
     * @param maven the Maven arguments that run PIT on it
     * @param report PIT's {@code mutations.xml}
     * @param threshold the share to reach, in percent
     */
    public record Subject(Path root, String name, Path dir, List<Path> inputs, List<String> maven, Path report, double threshold) {

        /** A module: its catalog's exercise files in the solution, with the module's tests. */
        public static Subject module(ModuleLayout m, double threshold) {
            List<Path> inputs = new ArrayList<>();
            for (Catalog.Entry e : m.catalog().exercises()) {
                for (String f : e.files()) {
                    inputs.add(m.solution().resolve(f));
                }
            }
            inputs.addAll(files(m.lesson().resolve("src/test")));
            inputs.add(m.lesson().resolve(EQUIVALENT_FILE));
            Path root = m.lesson().toAbsolutePath().getParent().getParent();
            List<String> maven = List.of("-B", "-Psolutions,mutation", "-pl", "solutions/" + m.name(), "-am", "verify",
                    "-Dmaven.test.skip.exec=true", "-Dcoverage.skip=true",
                    "-Dmutation.targetClasses=" + targetClasses(m.catalog()));
            return new Subject(root, m.name(), m.lesson(), inputs, maven,
                    m.solution().resolve("target/pit-reports/mutations.xml"), threshold);
        }

        /** kit, with its own tests (kit/pom.xml's mutation profile says which packages). */
        public static Subject kit(Path root, double threshold) {
            Path kit = root.resolve("kit");
            List<Path> inputs = new ArrayList<>(files(kit.resolve("src/main/java")).stream()
                    .filter(f -> !f.toString().contains("/plot/") && !f.toString().contains("/bench/")).toList());
            inputs.addAll(files(kit.resolve("src/test")));
            inputs.add(kit.resolve(EQUIVALENT_FILE));
            return new Subject(root, "kit", kit, inputs, List.of("-B", "-Pkit-mutation", "-pl", "kit", "verify",
                    "-Dmaven.test.skip.exec=true", "-Dcoverage.skip=true"),
                    kit.resolve("target/pit-reports/mutations.xml"), threshold);
        }

        /** The command that measures it. */
        public String command() {
            return "./course mutation " + (name.equals("kit") ? "kit" : name.substring(0, 2));
        }

        /**
         * sha256 over the inputs: each file's path (relative to the root, so the same in every clone) and
         * content, in sorted order; a missing file counts by its path alone.
         */
        public String fingerprint() {
            Path base = root.toAbsolutePath();
            TreeSet<String> names = new TreeSet<>();
            inputs.forEach(f -> names.add(base.relativize(f.toAbsolutePath()).toString().replace('\\', '/')));
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String f : names) {
                    sha.update((f + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    Path file = base.resolve(f);
                    if (Files.isRegularFile(file)) {
                        sha.update(Files.readAllBytes(file));
                    }
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the files of " + name, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Its recorded score, if it has one. */
        public Optional<Recorded> recorded() {
            return MutationScore.recorded(dir);
        }

        /** What is wrong with its recorded score, or nothing: it must exist, be current and reach the threshold. */
        public Optional<String> recordProblem() {
            Optional<Recorded> r = recorded();
            if (r.isEmpty()) {
                return Optional.of("no " + RECORD_FILE + ": run " + command());
            }
            if (!r.get().fingerprint().equals(fingerprint())) {
                return Optional.of(RECORD_FILE + " is out of date (the mutated files, the tests or the equivalent "
                        + "mutants changed since " + r.get().measured() + "): run " + command());
            }
            if (r.get().percent() < threshold) {
                return Optional.of(String.format(java.util.Locale.ROOT, "%.1f%% of mutants killed, below %.0f%%: "
                        + "kill the survivors %s lists, or list the equivalent ones in %s", r.get().percent(),
                        threshold, command(), EQUIVALENT_FILE));
            }
            return Optional.empty();
        }

        /** Scores its PIT report. */
        public MutationScore score() {
            return MutationScore.of(name, dir, report);
        }

        /** Keeps a measured score next to its equivalent mutants. */
        public void write(MutationScore score, double seconds) {
            Recorded r = new Recorded(name, score.generated(), score.killed(), score.equivalent(),
                    score.survivors().size(), Math.round(score.percent() * 10) / 10.0, fingerprint(),
                    LocalDate.now().toString(), Math.round(seconds * 10) / 10.0);
            try {
                Files.writeString(dir.resolve(RECORD_FILE), JSON.writeValueAsString(r) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + dir.resolve(RECORD_FILE), e);
            }
        }

        private static List<Path> files(Path dir) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(Files::isRegularFile).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
    }

    /** A recorded score, if {@code dir} has one. */
    public static Optional<Recorded> recorded(Path dir) {
        Path file = dir.resolve(RECORD_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Recorded.class));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a recorded mutation score: " + e.getMessage(), e);
        }
    }

    /** The share of killable mutants killed, in percent (100 when there is nothing to kill). */
    public double percent() {
        int killable = generated - equivalent;
        return killable == 0 ? 100 : 100.0 * killed / killable;
    }

    /**
     * The PIT class filter for a module's exercise files: each file of the catalog as its class, and its
     * nested and anonymous classes.
     */
    public static String targetClasses(Catalog catalog) {
        List<String> classes = new ArrayList<>();
        for (Catalog.Entry e : catalog.exercises()) {
            for (String file : e.files()) {
                if (file.startsWith("src/main/java/") && file.endsWith(".java")) {
                    String name = file.substring("src/main/java/".length(), file.length() - ".java".length())
                            .replace('/', '.');
                    if (!classes.contains(name)) {
                        classes.add(name);
                        classes.add(name + "$*");
                    }
                }
            }
        }
        return String.join(",", classes);
    }

    /** Scores PIT's {@code mutations.xml} against the module's equivalent mutants. */
    public static MutationScore of(ModuleLayout m, Path mutationsXml) {
        return of(m.name(), m.lesson(), mutationsXml);
    }

    /** Scores PIT's {@code mutations.xml} against the equivalent mutants listed in {@code dir}. */
    public static MutationScore of(String name, Path dir, Path mutationsXml) {
        List<Mutant> mutants = read(mutationsXml);
        List<Equivalent> equivalents = equivalents(dir);
        int killed = 0;
        int equivalent = 0;
        List<Mutant> survivors = new ArrayList<>();
        for (Mutant mutant : mutants) {
            if (DETECTED.contains(mutant.status())) {
                killed++;
            } else if (equivalents.stream().anyMatch(e -> e.matches(mutant))) {
                equivalent++;
            } else {
                survivors.add(mutant);
            }
        }
        return new MutationScore(name, mutants.size(), killed, equivalent, survivors);
    }

    static List<Equivalent> equivalents(Path lessonDir) {
        Path file = lessonDir.resolve(EQUIVALENT_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            EquivalentList list = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), EquivalentList.class);
            for (Equivalent e : list.mutants()) {
                if (e.reason() == null || e.reason().isBlank()) {
                    throw new IllegalArgumentException(file + ": the equivalent mutant " + e.mutatedClass() + "."
                            + e.method() + " (" + e.description() + ") needs a reason");
                }
            }
            return list.mutants();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a valid list of equivalent mutants: " + e.getMessage(), e);
        }
    }

    static List<Mutant> read(Path mutationsXml) {
        if (!Files.isRegularFile(mutationsXml)) {
            throw new UncheckedIOException(new IOException(mutationsXml + " is missing: PIT wrote no report"));
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(mutationsXml.toFile()).getElementsByTagName("mutation");
            List<Mutant> mutants = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                mutants.add(new Mutant(text(e, "mutatedClass"), text(e, "mutatedMethod"),
                        Integer.parseInt(text(e, "lineNumber")), text(e, "mutator"), text(e, "description"),
                        e.getAttribute("status")));
            }
            return mutants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalArgumentException(mutationsXml + " is not a PIT report: " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().strip();
    }
}
