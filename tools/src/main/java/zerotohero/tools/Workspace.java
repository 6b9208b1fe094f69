package zerotohero.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import zerotohero.grading.Catalog;
import zerotohero.tools.check.ModuleLayout;

/**
 * The course as the learner's commands see it: its root, its modules with their catalogs, the progress
 * store and the terminal. It turns what a learner types ({@code 03}, {@code 03-micrograd},
 * {@code micrograd}, {@code 03.4}) into a module or an exercise, or into an error that lists the valid ones.
 */
final class Workspace {

    final Path root;
    final Terminal term;
    final ProgressStore progress;
    private final List<ModuleLayout> modules;

    Workspace(Path root, Terminal term) {
        this.root = root;
        this.term = term;
        this.modules = ModuleLayout.all(root);
        this.progress = ProgressStore.load(root);
        if (!progress.warning.isEmpty()) {
            term.err.println(term.yellow("warning: ") + progress.warning);
        }
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("the course has no modules: no modules/NN-name/exercises.yaml under " + root);
        }
    }

    List<ModuleLayout> modules() {
        return modules;
    }

    /** An exercise and the module it belongs to. */
    record Found(ModuleLayout module, Catalog catalog, Catalog.Entry exercise) {
    }

    ModuleLayout module(String name) {
        String n = name.strip();
        return modules.stream()
                .filter(m -> m.name().equals(n) || m.name().startsWith(n + "-") || m.name().endsWith("-" + n))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown module '" + name + "': the modules are "
                        + String.join(", ", modules.stream().map(ModuleLayout::name).toList())));
    }

    Found exercise(String id) {
        String n = id.strip();
        for (ModuleLayout m : modules) {
            Catalog c = m.catalog();
            Optional<Catalog.Entry> e = c.find(n);
            if (e.isPresent()) {
                return new Found(m, c, e.get());
            }
        }
        StringBuilder valid = new StringBuilder();
        String prefix = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
        List<ModuleLayout> near = modules.stream().filter(m -> m.name().startsWith(prefix + "-")).toList();
        for (ModuleLayout m : near.isEmpty() ? modules : near) {
            valid.append("\n  ").append(m.name()).append(": ")
                    .append(String.join(", ", m.catalog().exercises().stream().map(Catalog.Entry::id).toList()));
        }
        throw new IllegalArgumentException("unknown exercise '" + id + "': the exercises are" + valid);
    }

    /** Whether {@code arg} names an exercise ({@code 03.4}) rather than a module. */
    static boolean isExerciseId(String arg) {
        return arg.matches("\\d+\\.\\d+");
    }

    /** The module the learner is on: the one last verified, unless it is complete; else the first incomplete. */
    ModuleLayout currentModule() {
        String current = progress.current();
        if (current != null) {
            for (ModuleLayout m : modules) {
                if (m.name().equals(current) && !complete(m)) {
                    return m;
                }
            }
        }
        return modules.stream().filter(m -> !complete(m)).findFirst().orElse(modules.get(modules.size() - 1));
    }

    boolean complete(ModuleLayout m) {
        return m.catalog().exercises().stream().allMatch(e -> progress.state(e.id()).equals(ProgressStore.PASSING));
    }

    String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
