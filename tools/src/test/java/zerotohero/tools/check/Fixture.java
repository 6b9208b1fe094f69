package zerotohero.tools.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A tiny course on disk, built the way Maven builds the real one: module 09-demo with one exercise
 * (a counter), its stub, its reference solution, a graded test class and an ungraded rule test.
 * Tests change one file, {@link #build()} it, and see what the self-check says.
 */
final class Fixture {

    static final String STUB = """
            package demo;

            import zerotohero.kit.Todo;

            public final class Counter {
                int count;

                /** Adds one and returns the new count. */
                public int increment() {
                    throw new Todo("09.1");
                }
            }
            """;

    static final String SOLUTION = """
            package demo;

            public final class Counter {
                int count;

                /** Adds one and returns the new count. */
                public int increment() {
                    return ++count;
                }
            }
            """;

    static final String TEST = """
            package demo;

            import static org.assertj.core.api.Assertions.assertThat;

            import org.junit.jupiter.api.Test;
            import zerotohero.grading.Exercise;

            @Exercise("09.1")
            class CounterTest {
                @Test
                void countsFromOne() {
                    assertThat(new Counter().increment()).isEqualTo(1);
                }

                @Test
                void countsOn() {
                    Counter c = new Counter();
                    c.increment();
                    assertThat(c.increment()).isEqualTo(2);
                }
            }
            """;

    static final String RULE_TEST = """
            package demo;

            import static org.assertj.core.api.Assertions.assertThat;

            import org.junit.jupiter.api.Test;

            class RulesTest {
                @Test
                void counterIsFinal() {
                    assertThat(java.lang.reflect.Modifier.isFinal(Counter.class.getModifiers())).isTrue();
                }
            }
            """;

    static final String CATALOG = """
            module: 09-demo
            title: A demo module
            exercises:
              - id: "09.1"
                title: Count
                points: 10
                files: [src/main/java/demo/Counter.java]
                hints: [add one]
            """;

    final Path root;

    Fixture(Path root) {
        this.root = root;
        write("mvnw", "#!/bin/sh\n");
        write("modules/09-demo/exercises.yaml", CATALOG);
        write("modules/09-demo/src/main/java/demo/Counter.java", STUB);
        write("modules/09-demo/src/test/java/demo/CounterTest.java", TEST);
        write("modules/09-demo/src/test/java/demo/RulesTest.java", RULE_TEST);
        write("solutions/09-demo/src/main/java/demo/Counter.java", SOLUTION);
    }

    ModuleLayout module() {
        return ModuleLayout.of(root, "09-demo");
    }

    Fixture write(String file, String text) {
        try {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles stubs, solution and (twice, as Maven does) the tests into the target/ folders. */
    Fixture build() {
        Path lesson = root.resolve("modules/09-demo");
        Path solution = root.resolve("solutions/09-demo");
        compile(lesson.resolve("src/main/java"), lesson.resolve("target/classes"), List.of());
        compile(lesson.resolve("src/test/java"), lesson.resolve("target/test-classes"), List.of(lesson.resolve("target/classes")));
        compile(solution.resolve("src/main/java"), solution.resolve("target/classes"), List.of());
        compile(lesson.resolve("src/test/java"), solution.resolve("target/test-classes"), List.of(solution.resolve("target/classes")));
        return this;
    }

    private static void compile(Path sources, Path out, List<Path> extra) {
        try {
            Files.createDirectories(out);
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp",
                    String.join(java.io.File.pathSeparator, Stream.concat(extra.stream().map(Path::toString),
                            Stream.of(System.getProperty("java.class.path"))).toList())));
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int code = javac.run(null, null, System.err, args.toArray(String[]::new));
            if (code != 0) {
                throw new IllegalStateException("fixture sources in " + sources + " do not compile");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
