package zerotohero.tools.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        List<Mutant> mutants = read(mutationsXml);
        List<Equivalent> equivalents = equivalents(m.lesson());
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
        return new MutationScore(m.name(), mutants.size(), killed, equivalent, survivors);
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
