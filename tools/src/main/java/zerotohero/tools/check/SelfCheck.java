package zerotohero.tools.check;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import zerotohero.grading.Catalog;
import zerotohero.kit.Todo;

/**
 * The course proves itself: for one module, every rule of the exercise contract is checked and every
 * broken one reported as a {@link Problem} naming the module, the exercise and the rule.
 *
 * <ol>
 *   <li>every test passes on the reference solution (graded tests, and the ungraded module rules such as
 *       the ArchUnit architecture tests);</li>
 *   <li>every graded test fails on the stubs: no exercise passes before it is solved;</li>
 *   <li>stubs and solution declare the same public classes, methods and signatures;</li>
 *   <li>every exercise has a {@code throw new Todo(id)} in the stubs, in a file its catalog entry lists,
 *       and no solution class refers to {@code Todo};</li>
 *   <li>the catalog and the tests' {@code @Exercise} ids name the same exercises;</li>
 *   <li>every known mistake of {@code mistakes.yaml}, made on a copy of the solution, turns one of its
 *       exercise's graded tests red with a message that names it ({@link MistakeCheck});</li>
 *   <li>the solution holds only the files its catalog's exercises list: the given files live in the
 *       lesson alone, and the build copies them.</li>
 * </ol>
 */
public final class SelfCheck {

    private SelfCheck() {
    }

    /**
     * The result for one module: its problems (none when it is sound) and what was looked at.
     *
     * @param mistakes the known mistakes tried ({@code mistakes.yaml}), each with its verdict
     */
    public record Report(String module, int exercises, int gradedTests, List<Problem> problems,
            List<MistakeCheck.Verdict> mistakes) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Report check(ModuleLayout m) {
        List<Problem> problems = new ArrayList<>();
        Catalog catalog;
        try {
            catalog = m.catalog();
        } catch (RuntimeException e) {
            return new Report(m.name(), 0, 0, List.of(new Problem(m.name(), "-", Problem.CATALOG, e.getMessage())),
                    List.of());
        }
        checkSolutionFiles(m, catalog, problems);
        for (Path dir : List.of(m.stubClasses(), m.testClasses(), m.solutionClasses(), m.solutionTestClasses())) {
            if (!Files.isDirectory(dir)) {
                problems.add(new Problem(m.name(), "-", Problem.BUILT,
                        dir + " does not exist: run ./mvnw -B verify -Psolutions first"));
            }
        }
        if (!problems.isEmpty()) {
            return new Report(m.name(), catalog.exercises().size(), 0, problems, List.of());
        }

        List<TestOutcome> onSolution = TestRunner.run(m.solutionClasses(), m.solutionTestClasses(),
                m.testClasspath(m.solution()));
        List<TestOutcome> onStubs = TestRunner.run(m.stubClasses(), m.testClasses(), m.testClasspath(m.lesson()));

        checkSolutionRuns(m, onSolution, problems);
        checkStubsFail(m, onStubs, problems);
        checkCatalog(m, catalog, onSolution, problems);
        JavaClasses stubs = new ClassFileImporter().importPath(m.stubClasses());
        JavaClasses solution = new ClassFileImporter().importPath(m.solutionClasses());
        checkApi(m, catalog, stubs, solution, problems);
        checkTodos(m, catalog, solution, problems);
        List<MistakeCheck.Verdict> mistakes = List.of();
        if (problems.isEmpty()) {
            try {
                mistakes = MistakeCheck.run(m, catalog);
                problems.addAll(MistakeCheck.problems(m, mistakes));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(m.name(), "-", Problem.MISTAKES_CAUGHT, e.getMessage()));
            }
        }

        int graded = (int) onSolution.stream().filter(TestOutcome::graded).count();
        return new Report(m.name(), catalog.exercises().size(), graded, problems, mistakes);
    }

    /** A file of the solution that no exercise lists would be a given file drifting from the lesson's copy. */
    static void checkSolutionFiles(ModuleLayout m, Catalog catalog, List<Problem> problems) {
        Set<String> listed = new TreeSet<>();
        catalog.exercises().forEach(e -> listed.addAll(e.files()));
        Path src = m.solution().resolve("src");
        if (!Files.isDirectory(src)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = m.solution().relativize(f).toString().replace('\\', '/');
                if (!listed.contains(rel)) {
                    problems.add(new Problem(m.name(), "-", Problem.SOLUTION_FILES,
                            "solutions/" + m.name() + "/" + rel + " is not an exercise file of exercises.yaml: a given "
                            + "file lives in modules/" + m.name() + " only (the solution's build copies it), and a "
                            + "new exercise file must be listed under its exercise's files"));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + src, e);
        }
    }

    private static void checkSolutionRuns(ModuleLayout m, List<TestOutcome> outcomes, List<Problem> problems) {
        if (outcomes.isEmpty()) {
            problems.add(new Problem(m.name(), "-", Problem.PASSES_ON_SOLUTION,
                    "no tests were found in " + m.solutionTestClasses()));
        }
        for (TestOutcome t : outcomes) {
            if (t.status() == TestOutcome.Status.PASSED) {
                continue;
            }
            String rule = t.graded() ? Problem.PASSES_ON_SOLUTION : Problem.RULES;
            problems.add(new Problem(m.name(), t.exercise().orElse("-"), rule,
                    t.name() + " " + t.status().name().toLowerCase().replace('_', ' ')
                            + " on the reference solution: " + firstLine(t.message())));
        }
    }

    private static void checkStubsFail(ModuleLayout m, List<TestOutcome> outcomes, List<Problem> problems) {
        for (TestOutcome t : outcomes) {
            if (t.graded() && t.status() == TestOutcome.Status.PASSED) {
                problems.add(new Problem(m.name(), t.exercise().orElseThrow(), Problem.FAILS_ON_STUBS,
                        t.name() + " passes on the stubs: an exercise must not pass before it is solved "
                                + "(is its body still `throw new Todo(...)`, and does the test exercise it?)"));
            }
            if (t.graded() && t.status() == TestOutcome.Status.SKIPPED) {
                problems.add(new Problem(m.name(), t.exercise().orElseThrow(), Problem.FAILS_ON_STUBS,
                        t.name() + " is skipped on the stubs: a graded test must run and fail"));
            }
        }
    }

    private static void checkCatalog(ModuleLayout m, Catalog catalog, List<TestOutcome> outcomes,
            List<Problem> problems) {
        Set<String> listed = catalog.exercises().stream().map(Catalog.Entry::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = outcomes.stream().filter(TestOutcome::graded).map(t -> t.exercise().orElseThrow())
                .collect(Collectors.toCollection(TreeSet::new));
        for (String id : listed) {
            if (!tested.contains(id)) {
                problems.add(new Problem(m.name(), id, Problem.CATALOG,
                        "the catalog lists it but no test carries @Exercise(\"" + id + "\")"));
            }
        }
        for (TestOutcome t : outcomes) {
            String id = t.exercise().orElse(null);
            if (id != null && !listed.contains(id)) {
                problems.add(new Problem(m.name(), id, Problem.CATALOG,
                        t.name() + " carries @Exercise(\"" + id + "\") but " + m.name() + "/" + Catalog.FILE
                                + " does not list that exercise"));
            }
        }
    }

    private static void checkApi(ModuleLayout m, Catalog catalog, JavaClasses stubs, JavaClasses solution,
            List<Problem> problems) {
        for (ApiComparison.Difference d : ApiComparison.compare(stubs, solution)) {
            problems.add(new Problem(m.name(), exerciseOwning(catalog, d.className()), Problem.SAME_API, d.detail()));
        }
    }

    private static void checkTodos(ModuleLayout m, Catalog catalog, JavaClasses solution, List<Problem> problems) {
        List<TodoScan.Marker> markers = TodoScan.markers(m.lesson(), m.stubSources());
        for (Catalog.Entry e : catalog.exercises()) {
            List<TodoScan.Marker> own = markers.stream().filter(t -> t.exercise().equals(e.id())).toList();
            if (own.isEmpty()) {
                problems.add(new Problem(m.name(), e.id(), Problem.TODO,
                        "no `throw new Todo(\"" + e.id() + "\")` in the stubs: every exercise must start unsolved"));
            }
            for (TodoScan.Marker t : own) {
                if (!e.files().contains(t.file())) {
                    problems.add(new Problem(m.name(), e.id(), Problem.TODO,
                            t.file() + ":" + t.line() + " throws Todo(\"" + e.id() + "\") but the catalog's files for "
                                    + e.id() + " are " + e.files()));
                }
            }
            for (String file : e.files()) {
                if (!Files.isRegularFile(m.lesson().resolve(file))) {
                    problems.add(new Problem(m.name(), e.id(), Problem.CATALOG, "the catalog names " + file
                            + " but modules/" + m.name() + "/" + file + " does not exist"));
                }
                if (!Files.isRegularFile(m.solution().resolve(file))) {
                    problems.add(new Problem(m.name(), e.id(), Problem.CATALOG, "the catalog names " + file
                            + " but solutions/" + m.name() + "/" + file + " does not exist"));
                }
            }
        }
        for (TodoScan.Marker t : markers) {
            if (catalog.find(t.exercise()).isEmpty()) {
                problems.add(new Problem(m.name(), t.exercise(), Problem.TODO, t.file() + ":" + t.line()
                        + " throws Todo(\"" + t.exercise() + "\") but the catalog has no such exercise"));
            }
        }
        Set<String> todoUsers = new LinkedHashSet<>();
        for (JavaClass c : solution) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (d.getTargetClass().isEquivalentTo(Todo.class)) {
                    todoUsers.add(c.getName());
                }
            }
        }
        for (String user : todoUsers) {
            String top = user.contains("$") ? user.substring(0, user.indexOf('$')) : user;
            problems.add(new Problem(m.name(), exerciseOwning(catalog, top), Problem.TODO,
                    "the solution's " + user + " still uses Todo: a reference solution solves every exercise"));
        }
    }

    /** The first exercise whose files include the source of {@code className}, or "-". */
    private static String exerciseOwning(Catalog catalog, String className) {
        String top = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        String file = "src/main/java/" + top.replace('.', '/') + ".java";
        return catalog.exercises().stream().filter(e -> e.files().contains(file)).map(Catalog.Entry::id)
                .findFirst().orElse("-");
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        return nl < 0 ? stripped : stripped.substring(0, nl) + " …";
    }
}
