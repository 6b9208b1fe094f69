package zerotohero.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns a link as a lesson writes it (relative to its file in the repository, as on GitHub) into an
 * address on the site: another lesson's {@code README.md} becomes that lesson's page, a figure or a stub
 * becomes its copy on the site, and anything else points into the repository when its address is known.
 *
 * @param pages for each repository file the site carries, its path on the site
 * @param repository the repository's web address and branch for files the site does not carry, e.g.
 *     {@code https://github.com/owner/repo/blob/main/}; empty when unknown
 */
record Links(Map<String, String> pages, Optional<String> repository) {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    /** The rewriter for a Markdown file at {@code source} (relative to the repository) shown as {@code page}. */
    UnaryOperator<String> from(String source, Page page) {
        Path dir = Path.of(source).getParent();
        return destination -> {
            if (destination.isEmpty() || destination.startsWith("#") || SCHEME.matcher(destination).matches()) {
                return destination;
            }
            int hash = destination.indexOf('#');
            String fragment = hash < 0 ? "" : destination.substring(hash);
            String file = hash < 0 ? destination : destination.substring(0, hash);
            Path target = file.startsWith("/") ? Path.of(file.substring(1))
                    : (dir == null ? Path.of(file) : dir.resolve(file));
            String path = target.normalize().toString().replace('\\', '/');
            if (path.startsWith("..")) {
                return null;
            }
            if (pages.containsKey(path)) {
                return page.href(pages.get(path)) + fragment;
            }
            return repository.map(r -> r + path + fragment).orElse(null);
        };
    }
}
