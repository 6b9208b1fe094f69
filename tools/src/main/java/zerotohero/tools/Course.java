package zerotohero.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.check.Problem;
import zerotohero.tools.check.SelfCheck;

/** The {@code ./course} command. */
public final class Course {

    private Course() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Path.of("").toAbsolutePath(), System.out, System.err));
    }

    /** Runs a command; returns the process exit code. */
    static int run(String[] args, Path workingDir, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "check" -> check(root(workingDir), rest, out);
                case "help", "-h", "--help" -> help(out);
                default -> {
                    err.println("unknown command '" + command + "'");
                    help(err);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int help(PrintStream out) {
        out.println("""
                usage: ./course <command>

                  check [module...]   the course's self-check: every graded test passes on the reference
                                      solution and fails on the stubs, stubs and solution share one API,
                                      exercises start as Todo, catalog and tests agree, module rules hold.
                                      Run ./mvnw -B verify -Psolutions first.
                """);
        return 0;
    }

    static int check(Path root, List<String> only, PrintStream out) {
        List<ModuleLayout> modules = ModuleLayout.all(root).stream()
                .filter(m -> only.isEmpty() || only.stream().anyMatch(o -> m.name().equals(o) || m.name().startsWith(o + "-")))
                .toList();
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("no module matches " + only + " under " + root.resolve("modules"));
        }
        int problems = 0;
        long start = System.nanoTime();
        for (ModuleLayout m : modules) {
            SelfCheck.Report r = SelfCheck.check(m);
            if (r.ok()) {
                out.printf("ok    %-20s %d exercises, %d graded tests: pass on the solution, fail on the stubs; "
                        + "API, Todo markers, catalog and rules agree%n", r.module(), r.exercises(), r.gradedTests());
            } else {
                out.printf("FAIL  %-20s %d problem%s%n", r.module(), r.problems().size(), r.problems().size() == 1 ? "" : "s");
                for (Problem p : r.problems()) {
                    out.println("      - " + p);
                }
            }
            problems += r.problems().size();
        }
        out.printf("self-check of %d module%s: %s (%.1f s)%n", modules.size(), modules.size() == 1 ? "" : "s",
                problems == 0 ? "all rules hold" : problems + " problem" + (problems == 1 ? "" : "s"),
                (System.nanoTime() - start) / 1e9);
        return problems == 0 ? 0 : 1;
    }

    /** The course's root: the nearest folder, from {@code dir} upwards, holding mvnw and modules/. */
    static Path root(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("modules"))) {
                return d;
            }
        }
        throw new IllegalArgumentException(dir + " is not inside the course: run ./course from the repository");
    }
}
