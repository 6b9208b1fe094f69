package zerotohero.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small course repository on disk, with two modules, a figure, stubs, tests and a results file. */
final class Fixture {

    private Fixture() {}

    static Path write(Path repo) throws IOException {
        file(repo, "README.md", """
                # A course

                | module | you build | status |
                |---|---|---|
                | [41-first](modules/41-first/README.md) | a first thing | ready |
                | 42-second | a second thing | ready |
                | 43-later | something for later | planned |
                """);
        module(repo, "41-first", "First");
        module(repo, "42-second", "Second");
        file(repo, "modules/41-first/mistakes.yaml", """
                module: 41-first
                mistakes:
                  - id: assign
                    exercise: "41.1"
                    description: "Assigns with `=` where the gradient must accumulate"
                    file: src/main/java/demo/Thing.java
                    replace: "+="
                    with: "="
                    expect: [accumulate]
                """);
        Files.createDirectories(repo.resolve("modules/44-draft/src"));
        file(repo, "modules/41-first/figures/plot.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>
                """);
        file(repo, "modules/41-first/results/demo.json", """
                {"module": "41-first", "run": "demo", "settings": {"hidden": 8}, "steps": 1500,
                 "wallTimeSeconds": 2.5, "trainLoss": 1.23456, "valLoss": 1.5, "finished": "2026-01-01T00:00:00Z",
                 "extra": "ignored"}
                """);
        return repo;
    }

    private static void module(Path repo, String name, String title) throws IOException {
        String n = name.substring(0, 2);
        file(repo, "modules/" + name + "/exercises.yaml", """
                module: %s
                title: "%s: a demo module"
                summary: A module to test the site with.
                objectives:
                  - compute a gradient by hand
                exercises:
                  - id: "%s.1"
                    title: The thing
                    points: 10
                    section: "2. Doing the thing"
                    files: [src/main/java/demo/Thing.java]
                    hints:
                      - "Use `+=`, not `=`."
                      - "Remember $a*b$."
                  - id: "%s.2"
                    title: The other thing
                    points: 5
                    section: "Going further"
                    files: [src/main/java/demo/Thing.java]
                    hints: ["Think."]
                """.formatted(name, title, n, n));
        file(repo, "modules/" + name + "/README.md", """
                # Module %s — %s

                A lesson with math $a*b*c$ and a [figure](figures/plot.svg), a [stub](src/main/java/demo/Thing.java),
                a [planned module](../43-later/README.md) and [the course](../../README.md).

                ![A plot](figures/plot.svg)

                ## 1. Why

                The gradient matters.

                ## 2. Doing the thing

                $$
                x_1 * y_1
                $$

                ## Going further

                Text.
                """.formatted(n, title));
        file(repo, "modules/" + name + "/src/main/java/demo/Thing.java", "class Thing { int x = 1 < 2 ? 1 : 0; }\n");
        file(repo, "modules/" + name + "/src/test/java/demo/ThingTest.java", """
                @Exercise("%s.1")
                class ThingTest {}
                """.formatted(n));
    }

    private static void file(Path repo, String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
