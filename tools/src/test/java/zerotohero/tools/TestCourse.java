package zerotohero.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small course on disk for the CLI's and the grader's tests: module 09-demo with six exercises, one
 * class each, its stubs, reference solution and graded tests, and a stand-in for the Maven Wrapper that
 * compiles with javac and writes {@code target/test-classpath.txt} as the real build does.
 *
 * <p>{@link #learner()} writes what a learner might have: 09.1 solved, 09.2 not started, 09.3 half right,
 * 09.4 an endless loop, 09.5 {@code System.exit}, 09.6 memory without end.
 */
public final class TestCourse {

    public static final int POINTS = 60;

    public final Path root;

    public TestCourse(Path root) {
        this.root = root;
        write("modules/09-demo/exercises.yaml", """
                module: 09-demo
                title: A demo module
                exercises:
                  - id: "09.1"
                    title: Count
                    points: 10
                    section: "1. Counting"
                    files: [src/main/java/demo/Counter.java]
                    hints: [add one, "return ++count"]
                  - id: "09.2"
                    title: Double
                    points: 10
                    files: [src/main/java/demo/Doubler.java]
                    hints: [times two]
                  - id: "09.3"
                    title: Halve
                    points: 10
                    files: [src/main/java/demo/Halver.java]
                    hints: [mind integer division]
                  - id: "09.4"
                    title: Sum up
                    points: 10
                    files: [src/main/java/demo/Looper.java]
                    hints: [a loop that ends]
                  - id: "09.5"
                    title: Stop politely
                    points: 10
                    files: [src/main/java/demo/Quitter.java]
                    hints: [throw, do not exit]
                  - id: "09.6"
                    title: Keep it small
                    points: 10
                    files: [src/main/java/demo/Hog.java]
                    hints: [a bounded list]
                """);
        for (String[] c : classes()) {
            write("modules/09-demo/src/main/java/demo/" + c[0] + ".java", stub(c));
            write("solutions/09-demo/src/main/java/demo/" + c[0] + ".java", source(c[0], c[1], c[3]));
        }
        write("modules/09-demo/src/test/java/demo/DemoTest.java", TESTS);
        write("modules/09-demo/src/test/java/demo/RulesTest.java", """
                package demo;

                class RulesTest {
                    @org.junit.jupiter.api.Test
                    void counterIsFinal() {
                        org.assertj.core.api.Assertions.assertThat(
                                java.lang.reflect.Modifier.isFinal(Counter.class.getModifiers())).isTrue();
                    }
                }
                """);
        write("modules/09-demo/README.md", "# A demo module\n");
        write("modules/09-demo/pom.xml", "<project/>\n");
        write("modules/pom.xml", "<project/>\n");
        write("solutions/09-demo/pom.xml", "<project/>\n");
        write("grading/pom.xml", "<project/>\n");
        mvnw();
    }

    /** {name, signature, exercise, solved body}. */
    private static List<String[]> classes() {
        return List.of(
                new String[] {"Counter", "public int increment()", "09.1", "return ++count;"},
                new String[] {"Doubler", "public static int twice(int n)", "09.2", "return Math.multiplyExact(2, n);"},
                new String[] {"Halver", "public static double half(int n)", "09.3", "return n / 2.0;"},
                new String[] {"Looper", "public static int sum(int n)", "09.4", "int s = 0; for (int i = 1; i <= n; i++) { s += i; } return s;"},
                new String[] {"Quitter", "public static int stop(int code)", "09.5", "if (code != 0) { throw new IllegalStateException(\"code \" + code); } return 0;"},
                new String[] {"Hog", "public static int keep(int n)", "09.6", "return Math.min(n, 10);"});
    }

    private static String stub(String[] c) {
        return source(c[0], c[1], "throw new zerotohero.kit.Todo(\"" + c[2] + "\");").replace("zerotohero.kit.Todo", "Todo")
                .replace("package demo;\n", "package demo;\n\nimport zerotohero.kit.Todo;\n");
    }

    public static String source(String name, String signature, String body) {
        return "package demo;\n\npublic final class " + name + " {\n    int count;\n\n    " + signature + " {\n        "
                + body + "\n    }\n}\n";
    }

    private static final String TESTS = """
            package demo;

            import static org.assertj.core.api.Assertions.assertThat;

            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.Timeout;
            import zerotohero.grading.Exercise;

            class DemoTest {
                @Test @Exercise("09.1")
                void countsFromOne() {
                    assertThat(new Counter().increment()).isEqualTo(1);
                }

                @Test @Exercise("09.1")
                void countsOn() {
                    Counter c = new Counter();
                    c.increment();
                    assertThat(c.increment()).as("the second increment").isEqualTo(2);
                }

                @Test @Exercise("09.2")
                void doublesTwo() {
                    assertThat(Doubler.twice(2)).isEqualTo(4);
                }

                @Test @Exercise("09.2")
                void doublesZero() {
                    assertThat(Doubler.twice(0)).isZero();
                }

                @Test @Exercise("09.2")
                void refusesToOverflow() {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Doubler.twice(Integer.MAX_VALUE))
                            .isInstanceOf(ArithmeticException.class);
                }

                @Test @Exercise("09.3")
                void halvesEven() {
                    assertThat(Halver.half(4)).isEqualTo(2.0);
                }

                @Test @Exercise("09.3")
                void halvesOdd() {
                    assertThat(Halver.half(5)).as("half of 5").isEqualTo(2.5);
                }

                @Test @Exercise("09.4") @Timeout(1)
                void sumsUp() {
                    assertThat(Looper.sum(3)).isEqualTo(6);
                }

                @Test @Exercise("09.5")
                void stopsWithZero() {
                    assertThat(Quitter.stop(0)).isZero();
                }

                @Test @Exercise("09.6")
                void keepsTen() {
                    assertThat(Hog.keep(100)).isEqualTo(10);
                }
            }
            """;

    /** Writes what a learner might have written: one exercise of each kind. */
    public TestCourse learner() {
        learner("Counter", "public int increment()", "return ++count;");
        learner("Halver", "public static double half(int n)", "return n / 2;");
        learner("Looper", "public static int sum(int n)", "int s = 0; for (int i = 1; i <= n; i += 0) { s += i; } return s;");
        learner("Quitter", "public static int stop(int code)", "System.exit(3); return 0;");
        learner("Hog", "public static int keep(int n)",
                "java.util.List<long[]> all = new java.util.ArrayList<>(); while (true) { all.add(new long[1 << 20]); }");
        return this;
    }

    public TestCourse learner(String name, String signature, String body) {
        return write("modules/09-demo/src/main/java/demo/" + name + ".java", source(name, signature, body));
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public TestCourse write(String file, String text) {
        try {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles stubs (or the learner's code), solution and tests into target/, as Maven would. */
    public TestCourse build() {
        for (String dir : List.of("modules/09-demo", "solutions/09-demo")) {
            Path d = root.resolve(dir);
            compile(d.resolve("src/main/java"), d.resolve("target/classes"), List.of());
            compile(root.resolve("modules/09-demo/src/test/java"), d.resolve("target/test-classes"),
                    List.of(d.resolve("target/classes")));
            write(dir + "/target/test-classpath.txt", System.getProperty("java.class.path"));
        }
        return this;
    }

    /** A copy of this course in {@code to}, e.g. a learner's submission. */
    public TestCourse copyTo(Path to) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path q = to.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return new TestCourse(to, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The course already on disk in {@code root}, e.g. to write more learner code into it. */
    public TestCourse(Path root, String existing) {
        this.root = root;
    }

    private static void compile(Path sources, Path out, List<Path> extra) {
        try {
            Files.createDirectories(out);
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-cp",
                    String.join(java.io.File.pathSeparator, Stream.concat(extra.stream().map(Path::toString),
                            Stream.of(System.getProperty("java.class.path"))).toList())));
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, System.err, args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("sources in " + sources + " do not compile");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stand-in for the Maven Wrapper: for each project named after -pl it compiles main and test
     * sources with javac and writes the test class path; compiler errors come out as Maven prints them.
     * Every call's arguments are appended to mvnw-calls.txt.
     */
    private void mvnw() {
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        String cp = System.getProperty("java.class.path");
        write("mvnw", """
                #!/bin/sh
                cd "$(dirname "$0")"
                echo "$@" >> mvnw-calls.txt
                status=0
                for dir in modules/09-demo solutions/09-demo; do
                  case " $* " in *"$dir"*) ;; *) continue;; esac
                  lesson=modules/$(basename $dir)
                  mkdir -p $dir/target/classes $dir/target/test-classes
                  if ! "JAVAC" -proc:none -d $dir/target/classes -cp "CP" $(find $dir/src/main/java -name '*.java') > $dir/target/javac.log 2>&1; then
                    sed 's/^/[ERROR] /' $dir/target/javac.log; status=1; continue
                  fi
                  if ! "JAVAC" -proc:none -d $dir/target/test-classes -cp "$dir/target/classes:CP" $(find $lesson/src/test/java -name '*.java') > $dir/target/javac.log 2>&1; then
                    sed 's/^/[ERROR] /' $dir/target/javac.log; status=1; continue
                  fi
                  printf '%s' "CP" > $dir/target/test-classpath.txt
                done
                exit $status
                """.replace("JAVAC", javac).replace("CP", cp));
        try {
            Files.setPosixFilePermissions(root.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("the test course needs a POSIX file system", e);
        }
    }
}
