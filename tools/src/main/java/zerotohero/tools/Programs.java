package zerotohero.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One way to run a module's programs, whatever the module: {@code ./course train NN}, {@code ./course
 * figures NN}, {@code ./course run NN Program} and {@code ./course bench}. A program is a class with a
 * {@code main} in the module's package, found by its name: {@code Train} (or {@code Experiments}, 08's
 * runner) for the full training runs, {@code Figures} for the figures. It runs on the learner's own code in
 * {@code modules/NN}, or on the reference solution with {@code --solution}: the Maven Wrapper compiles it,
 * then it runs in a JVM of its own, its output shown as it comes.
 */
final class Programs {

    private Programs() {
    }

    /** The names a module's training program goes by, in order of preference. */
    static final List<String> TRAINERS = List.of("Train", "Experiments");

    /** A program found in a module: its class, and whether it lives in the test sources. */
    record Program(String module, String className, boolean testScope, boolean solution) {

        /** The project that compiles it: the reference solution's or the module's. */
        String project() {
            return (solution ? "solutions/" : "modules/") + module;
        }

        /**
         * The Maven arguments that compile the project (and what it needs) and write its class path to
         * {@code target/course-run.classpath}; the program then runs in a JVM of its own. (Maven's
         * exec:java with -am would try to run the class in every project of the build.)
         */
        List<String> maven() {
            List<String> m = new ArrayList<>(List.of("-q", "-B"));
            if (solution) {
                m.add("-Psolutions");
            }
            m.addAll(List.of("-pl", project(), "-am", testScope ? "test-compile" : "compile",
                    "dependency:build-classpath", "-Dmdep.outputFile=target/course-run.classpath",
                    "-Dmdep.includeScope=" + (testScope ? "test" : "runtime"), "-Dcoverage.skip=true"));
            return m;
        }

        /** The java command that runs it, once {@link #maven()} has built it. */
        List<String> java(Path root, String classpath, List<String> args) {
            Path target = root.resolve(project()).resolve("target");
            String own = target.resolve("classes") + (testScope ? java.io.File.pathSeparator + target.resolve("test-classes") : "");
            String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(launcher, "-XX:+UseParallelGC", "-cp",
                    own + java.io.File.pathSeparator + classpath, className));
            command.addAll(args);
            return command;
        }
    }

    /** {@code train NN [run...] [--steps N] ... [--solution]}: the module's full training runs. */
    static int train(Path root, List<String> args, PrintStream out) {
        Invocation i = Invocation.parse(root, args, "train");
        for (String name : TRAINERS) {
            Optional<Program> p = find(root, i.module(), name, i.solution());
            if (p.isPresent()) {
                return run(root, p.get(), i.rest(), out);
            }
        }
        throw new IllegalArgumentException(i.module() + " has no training program (a Train class with a main): "
                + "its lesson's exercises run as tests, with ./course verify " + i.module().substring(0, 2));
    }

    /** {@code figures NN [--solution]}: redraws the module's figures from its code and results. */
    static int figures(Path root, List<String> args, PrintStream out) {
        Invocation i = Invocation.parse(root, args, "figures");
        Program p = find(root, i.module(), "Figures", i.solution()).orElseThrow(() -> new IllegalArgumentException(
                i.module() + " has no Figures program"));
        return run(root, p, i.rest(), out);
    }

    /** {@code run NN Program [args...] [--solution]}: any program of a module, e.g. 09's Generate. */
    static int program(Path root, List<String> args, PrintStream out) {
        Invocation i = Invocation.parse(root, args, "run");
        if (i.rest().isEmpty()) {
            throw new IllegalArgumentException("say which program to run, one of " + programs(root, i.module())
                    + ": ./course run " + i.module().substring(0, 2) + " <Program> [arguments]");
        }
        String name = i.rest().get(0);
        Program p = find(root, i.module(), name, i.solution()).orElseThrow(() -> new IllegalArgumentException(
                i.module() + " has no program " + name + "; its programs are " + programs(root, i.module())));
        return run(root, p, i.rest().subList(1, i.rest().size()), out);
    }

    /**
     * {@code bench [kit|tokenizer|runs] [args...]}: kit's training-step benchmark against PyTorch on this
     * machine ({@code kit/bench/compare.sh}: rounds, BLAS threads), 10's tokenizer benchmark against JTokkit,
     * and ({@code runs} only, it takes a while) the full runs' own loops beside PyTorch's
     * ({@code kit/bench/full_runs.sh}: rounds, modules).
     */
    static int bench(Path root, List<String> args, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String which = rest.isEmpty() || !List.of("kit", "tokenizer", "runs").contains(rest.get(0)) ? "all"
                : rest.remove(0);
        if (which.equals("runs")) {
            out.println("== the full runs: each module's training loop against the same loop in PyTorch "
                    + "(kit/bench/full_runs.sh)");
            List<String> command = new ArrayList<>(List.of("bash", root.resolve("kit/bench/full_runs.sh").toString()));
            command.addAll(rest);
            return exec(root, command);
        }
        int status = 0;
        if (!which.equals("tokenizer")) {
            out.println("== kit: one training step of two workloads, kit against PyTorch (kit/bench/compare.sh)");
            List<String> command = new ArrayList<>(List.of("bash", root.resolve("kit/bench/compare.sh").toString()));
            command.addAll(which.equals("kit") ? rest : List.of());
            status |= exec(root, command);
        }
        if (!which.equals("kit")) {
            out.println("== 10-tokenizer: training and encoding, against minbpe's times and JTokkit");
            Program p = find(root, "10-tokenizer", "Benchmark", true).orElseThrow();
            status |= run(root, p, which.equals("tokenizer") ? rest : List.of(), out);
        }
        return status;
    }

    /** The module named by the first argument, the rest, and whether {@code --solution} was given. */
    private record Invocation(String module, List<String> rest, boolean solution) {
        static Invocation parse(Path root, List<String> args, String verb) {
            List<String> rest = new ArrayList<>(args);
            boolean solution = rest.remove("--solution");
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("say which module, e.g. ./course " + verb + " 05");
            }
            String wanted = rest.remove(0);
            try (Stream<Path> dirs = Files.list(root.resolve("modules"))) {
                String module = dirs.map(d -> d.getFileName().toString())
                        .filter(n -> n.equals(wanted) || n.startsWith(wanted + "-")).sorted().findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no module " + wanted
                                + " under modules/: give its number, e.g. 05, or its folder name"));
                return new Invocation(module, rest, solution);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root.resolve("modules"), e);
            }
        }
    }

    /**
     * The program {@code name} of a module: its source in the solution (with {@code solution}) or the
     * module, main sources first, then test sources.
     */
    static Optional<Program> find(Path root, String module, String name, boolean solution) {
        List<Path> trees = solution ? List.of(root.resolve("solutions").resolve(module), root.resolve("modules").resolve(module))
                : List.of(root.resolve("modules").resolve(module));
        for (String scope : List.of("main", "test")) {
            for (Path tree : trees) {
                Optional<Path> file = source(tree.resolve("src").resolve(scope).resolve("java"), name);
                if (file.isPresent()) {
                    Path java = tree.resolve("src").resolve(scope).resolve("java");
                    String className = java.relativize(file.get()).toString().replace('\\', '/')
                            .replaceFirst("\\.java$", "").replace('/', '.');
                    return Optional.of(new Program(module, className, scope.equals("test"), solution));
                }
            }
        }
        return Optional.empty();
    }

    /** The programs of a module: its classes with a main method, by simple name. */
    static List<String> programs(Path root, String module) {
        Path dir = root.resolve("modules").resolve(module).resolve("src");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(Programs::hasMain)
                    .map(f -> f.getFileName().toString().replaceFirst("\\.java$", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Optional<Path> source(Path dir, String name) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().equals(name + ".java")).filter(Programs::hasMain)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean hasMain(Path file) {
        try {
            return Files.readString(file).contains("public static void main(String[] args)");
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(Path root, Program p, List<String> args, PrintStream out) {
        out.println("building and running " + p.className() + (p.solution() ? " (reference solution)" : " (your code)")
                + (args.isEmpty() ? "" : " " + String.join(" ", args)));
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> build = new ArrayList<>(windows ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
                : List.of(root.resolve("mvnw").toString()));
        build.addAll(p.maven());
        int status = exec(root, build);
        if (status != 0) {
            return status;
        }
        Path classpath = root.resolve(p.project()).resolve("target/course-run.classpath");
        try {
            return exec(root, p.java(root, Files.readString(classpath).strip(), args));
        } catch (IOException e) {
            throw new UncheckedIOException("the build wrote no class path to " + classpath, e);
        }
    }

    private static int exec(Path root, List<String> command) {
        try {
            return new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
