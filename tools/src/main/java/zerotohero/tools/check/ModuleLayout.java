package zerotohero.tools.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import zerotohero.grading.Catalog;

/**
 * Where one module's pieces live: the lesson folder {@code modules/NN-name} (catalog, stubs, tests) and
 * the reference solution {@code solutions/NN-name}, each with the {@code target/} folders Maven builds.
 *
 * @param name the module folder's name, e.g. {@code 03-micrograd}
 * @param lesson {@code modules/NN-name}
 * @param solution {@code solutions/NN-name}
 */
public record ModuleLayout(String name, Path lesson, Path solution) {

    /** Every module of the course under {@code root}, in order: each folder of modules/ with a catalog. */
    public static List<ModuleLayout> all(Path root) {
        Path modules = root.resolve("modules");
        if (!Files.isDirectory(modules)) {
            throw new IllegalArgumentException(root + " has no modules/ folder: is this the course's root?");
        }
        try (Stream<Path> dirs = Files.list(modules)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(Catalog.FILE)))
                    .sorted()
                    .map(d -> of(root, d.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module called {@code name} under {@code root}. */
    public static ModuleLayout of(Path root, String name) {
        return new ModuleLayout(name, root.resolve("modules").resolve(name), root.resolve("solutions").resolve(name));
    }

    public Path stubSources() {
        return lesson.resolve("src/main/java");
    }

    public Path stubClasses() {
        return lesson.resolve("target/classes");
    }

    public Path testClasses() {
        return lesson.resolve("target/test-classes");
    }

    public Path solutionClasses() {
        return solution.resolve("target/classes");
    }

    public Path solutionTestClasses() {
        return solution.resolve("target/test-classes");
    }

    /** The module's test class path as Maven resolved it (written at build time), without the module itself. */
    public List<Path> testClasspath(Path moduleDir) {
        Path file = moduleDir.resolve("target/test-classpath.txt");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? List.of()
                    : Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalog catalog() {
        return Catalog.read(lesson);
    }
}
