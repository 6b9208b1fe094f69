package zerotohero.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * A stub or a graded test shown as a page of its own, highlighted: a reader can study the task (the stub's
 * Javadoc) and what is checked (the tests) without leaving the site or cloning the repository.
 */
final class SourcePage {

    private SourcePage() {}

    /**
     * @param module the module the file belongs to
     * @param file the file, relative to the module folder
     * @param repository the repository's address for files, if known, to link the original
     */
    static Page of(CourseModule module, String file, Optional<String> repository) {
        String path = "modules/" + module.name() + "/" + file + ".html";
        String name = file.substring(file.lastIndexOf('/') + 1);
        boolean test = file.startsWith("src/test/");
        String code;
        try {
            code = Files.readString(module.dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + module.dir().resolve(file), e);
        }
        Page frame = new Page(path, name, "", List.of(), Optional.empty(), Optional.empty(), false);
        String original = repository.map(r -> " · <a href=\"" + Html.escape(r + "modules/" + module.name() + "/" + file)
                + "\">in the repository</a>").orElse("");
        String body = """
                <p class="breadcrumb"><a href="%s">%s</a> · %s</p>
                <h1><code>%s</code></h1>
                <p class="path"><code>modules/%s/%s</code>%s</p>
                <p>%s</p>
                <pre class="source"><code class="language-%s">%s</code></pre>
                """.formatted(frame.href("modules/" + module.name() + "/index.html"),
                Html.escape(module.catalog().title()), test ? "graded tests" : "stub", Html.escape(name),
                module.name(), Html.escape(file), original,
                test ? "The graded tests: read them to see exactly what is expected of your code."
                        : "The stub you complete: its Javadoc states each task, and every unfinished body throws "
                                + "<code>Todo</code> with the exercise's id.",
                language(file), Html.escape(code));
        return new Page(path, name + " · " + module.name(), body, List.of(), Optional.empty(), Optional.empty(), true);
    }

    /** The highlight.js language of a file, by its extension. */
    static String language(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1);
        return switch (ext) {
            case "java" -> "java";
            case "yaml", "yml" -> "yaml";
            case "json" -> "json";
            case "md" -> "markdown";
            default -> "plaintext";
        };
    }
}
