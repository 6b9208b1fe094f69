package zerotohero.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One page of the site, before the layout wraps it.
 *
 * @param path where it is written, relative to the site root, with forward slashes
 * @param title the page's title, plain text
 * @param body the main content, HTML
 * @param toc the page's table of contents (empty for none)
 * @param previous the page before it in reading order, if any
 * @param next the page after it in reading order, if any
 * @param searchable whether the search index covers it
 */
record Page(String path, String title, String body, List<Markdown.Entry> toc, Optional<Link> previous,
        Optional<Link> next, boolean searchable) {

    /** A link to another page, as a path from the site root. */
    record Link(String path, String label) {}

    Page {
        toc = List.copyOf(toc);
    }

    /** The prefix that leads from this page back to the site root, e.g. {@code ../../}. */
    String root() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** A path from the site root, as the shortest address relative to this page. */
    String href(String sitePath) {
        Path from = Path.of(path).getParent();
        return from == null ? sitePath : from.relativize(Path.of(sitePath)).toString().replace('\\', '/');
    }
}
