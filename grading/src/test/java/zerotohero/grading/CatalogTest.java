package zerotohero.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path dir;

    private Path module(String name, String yaml) throws IOException {
        Path m = Files.createDirectories(dir.resolve(name));
        Files.writeString(m.resolve(Catalog.FILE), yaml);
        return m;
    }

    @Test
    void readsACatalog() throws IOException {
        Path m = module("07-demo", """
                module: 07-demo
                title: A demo
                summary: Shows the format.
                objectives: [read a catalog]
                exercises:
                  - id: "07.1"
                    title: First
                    points: 10
                    section: Start
                    files: [src/main/java/A.java]
                    hints: [look closely]
                  - id: "07.2"
                    title: Second
                    points: 5
                    section: End
                    files: [src/main/java/B.java]
                    hints: [one, two]
                """);

        Catalog c = Catalog.read(m);

        assertThat(c.exercises()).extracting(Catalog.Entry::id).containsExactly("07.1", "07.2");
        assertThat(c.totalPoints()).isEqualTo(15);
        assertThat(c.find("07.2")).get().extracting(Catalog.Entry::hints, InstanceOfAssertFactories.LIST).containsExactly("one", "two");
        assertThat(c.find("07.9")).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() throws IOException {
        Path m = module("07-demo", """
                module: 07-other
                title: A demo
                exercises:
                  - id: "08.1"
                    title: First
                    points: 0
                    files: []
                  - id: "08.1"
                    title: Again
                    points: 3
                    files: [A.java]
                    hints: [h]
                """);

        assertThatThrownBy(() -> Catalog.read(m))
                .hasMessageContaining("exercises.yaml has problems")
                .hasMessageContaining("folder is '07-demo'")
                .hasMessageContaining("exercise 08.1: id must start with '07.'")
                .hasMessageContaining("points must be positive")
                .hasMessageContaining("id is listed twice")
                .hasMessageContaining("give at least one hint");
    }

    @Test
    void namesAnUnknownKeyAndTheFile() throws IOException {
        Path m = module("07-demo", "module: 07-demo\ntitel: typo\n");

        assertThatThrownBy(() -> Catalog.read(m))
                .hasMessageContaining("exercises.yaml is not a valid catalog")
                .hasMessageContaining("titel");
    }

    @Test
    void aMissingCatalogSaysWhereItShouldBe() {
        assertThatThrownBy(() -> Catalog.read(dir.resolve("09-none")))
                .hasMessageContaining("09-none")
                .hasMessageContaining("exercises.yaml is missing");
    }
}
