package zerotohero.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import zerotohero.grading.Catalog;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.grade.Grade;
import zerotohero.tools.grade.Points;

/**
 * What the learner sees of the course as a whole: the syllabus with progress ({@code ./course} and
 * {@code list}), and one exercise's hints and, once it passes, its reference solution.
 */
final class Syllabus {

    private Syllabus() {
    }

    /**
     * {@code ./course} without arguments: runs the current module's tests, draws the syllabus, and shows
     * the next unsolved exercise with its failure and the offer of a hint.
     */
    static int home(Workspace w) {
        Terminal t = w.term;
        ModuleLayout m = w.currentModule();
        Verify.Run run = Verify.run(w, m);
        t.out.println(t.bold("Neural networks from zero to hero") + t.dim("  (./course help for every command)"));
        t.out.println();
        modules(w);
        t.out.println();
        if (!run.built()) {
            return 1;
        }
        Grade.Exercise next = run.exercises().stream().filter(e -> !e.status().equals("passed")).findFirst().orElse(null);
        if (next == null) {
            ModuleLayout after = w.modules().stream().filter(x -> !w.complete(x)).findFirst().orElse(null);
            t.out.println(t.green("Every exercise of " + m.name() + " passes.")
                    + (after == null ? " You have finished the course!" : " Next module: ./course verify " + after.name()));
            return 0;
        }
        Catalog.Entry entry = m.catalog().find(next.id()).orElseThrow();
        t.out.println("next: " + t.bold(next.id() + " " + next.title()) + t.dim("  (" + next.pointsPossible() + " points)"));
        t.out.println("  " + t.dim("read ") + w.relative(m.lesson().resolve("README.md"))
                + (entry.section() == null ? "" : t.dim(", section ") + entry.section()));
        t.out.println("  " + t.dim("edit ") + String.join(", ", entry.files().stream()
                .map(f -> w.relative(m.lesson().resolve(f))).toList()));
        t.out.println();
        Verify.printProblems(t, run.tests().get(next.id()), 1);
        t.out.println();
        t.out.println("Stuck? " + t.cyan("./course hint " + next.id()) + "   Re-run on every save: " + t.cyan("./course watch"));
        return 1;
    }

    /** The modules with a progress bar each, from the progress store. */
    static void modules(Workspace w) {
        Terminal t = w.term;
        ModuleLayout current = w.currentModule();
        for (ModuleLayout m : w.modules()) {
            Catalog c = m.catalog();
            double earned = 0;
            int passing = 0;
            boolean run = false;
            for (Catalog.Entry e : c.exercises()) {
                ProgressStore.Exercise p = w.progress.exercise(e.id());
                if (p != null) {
                    run = true;
                    earned += p.total() == 0 ? 0 : e.points() * (double) p.passed() / p.total();
                    passing += p.state().equals(ProgressStore.PASSING) ? 1 : 0;
                }
            }
            String name = String.format("%-22s", m.name());
            t.out.printf("%s %s %s %s%s%n", m == current ? t.cyan(">") : " ", m == current ? t.bold(name) : name,
                    t.bar(c.totalPoints() == 0 ? 0 : earned / c.totalPoints(), 20),
                    String.format("%7s", Points.format(earned) + "/" + c.totalPoints()) + " pts  "
                            + passing + "/" + c.exercises().size() + " exercises",
                    run ? "" : t.dim("  not started"));
        }
    }

    /** {@code list}: every module and exercise with its state when its tests last ran. */
    static int list(Workspace w) {
        Terminal t = w.term;
        for (ModuleLayout m : w.modules()) {
            Catalog c = m.catalog();
            t.out.println(t.bold(m.name()) + "  " + c.title());
            for (Catalog.Entry e : c.exercises()) {
                t.out.printf("  %s %-5s %-47s %s%n", t.mark(w.progress.state(e.id())), e.id(), e.title(),
                        t.dim(e.points() + " pts"));
            }
        }
        t.out.println(t.dim("States are from the last run of each module's tests: ./course verify NN runs them."));
        return 0;
    }

    /** {@code hint ID}: the exercise's hints, from gentle to explicit, and where to read and edit. */
    static int hint(Workspace w, List<String> args) {
        Workspace.Found f = w.exercise(one(args, "hint", "03.4"));
        Terminal t = w.term;
        Catalog.Entry e = f.exercise();
        t.out.println(t.bold(e.id() + " " + e.title()) + t.dim("  (" + e.points() + " points)"));
        if (e.section() != null) {
            t.out.println("  lesson: " + w.relative(f.module().lesson().resolve("README.md")) + ", section " + e.section());
        }
        t.out.println("  files:  " + String.join(", ", e.files().stream().map(x -> w.relative(f.module().lesson().resolve(x))).toList()));
        for (int i = 0; i < e.hints().size(); i++) {
            t.out.println(t.yellow("  hint " + (i + 1) + ": ") + e.hints().get(i));
        }
        return 0;
    }

    /** {@code solution ID}: the reference solution's files, only once the exercise passes. */
    static int solution(Workspace w, List<String> args) {
        Workspace.Found f = w.exercise(one(args, "solution", "03.4"));
        Terminal t = w.term;
        String id = f.exercise().id();
        String state = w.progress.state(id);
        if (!state.equals(ProgressStore.PASSING)) {
            t.err.println("The solution of " + id + " is shown once your own passes (it is "
                    + (state.isEmpty() ? "not run yet" : state) + "). Run ./course verify " + id
                    + " when it does; ./course hint " + id + " helps on the way.");
            return 1;
        }
        for (String file : f.exercise().files()) {
            Path p = f.module().solution().resolve(file);
            if (!Files.isRegularFile(p)) {
                t.err.println("This copy of the course has no reference solution for " + id + " (" + w.relative(p) + " is missing).");
                return 1;
            }
            t.out.println(t.bold("── " + w.relative(p) + " ──"));
            try {
                t.out.println(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }

    static String one(List<String> args, String command, String example) {
        if (args.size() != 1) {
            throw new IllegalArgumentException(command + " needs one exercise id, e.g. ./course " + command + " " + example);
        }
        return args.get(0);
    }
}
