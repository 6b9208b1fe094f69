package zerotohero.site;

import java.util.Optional;

/**
 * The frame around every page: header with the search box and the theme switch, the table of contents,
 * the previous/next links and the footer. All addresses are relative, so the site works from any folder,
 * on GitHub Pages under a sub-path, and opened straight from disk.
 */
final class Layout {

    static final String SITE_NAME = "Neural networks from zero to hero, in Java";

    /** A small favicon inline, so that no page asks the server for one that is not there. */
    private static final String ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' "
            + "viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%232b59c3'/%3E%3Ctext x='16' "
            + "y='22' font-size='16' text-anchor='middle' fill='white' font-family='sans-serif'%3E∂%3C/text%3E%3C/svg%3E";

    private Layout() {}

    static String render(Page page) {
        String root = page.root();
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="%s">
                <link rel="stylesheet" href="%sassets/katex/katex.min.css">
                <link rel="stylesheet" href="%sassets/site.css">
                <script>try{var t=localStorage.getItem("theme");if(t)document.documentElement.dataset.theme=t;}catch(e){}</script>
                <script defer src="%sassets/katex/katex.min.js"></script>
                <script defer src="%sassets/highlight/highlight.min.js"></script>
                <script defer src="%sassets/site.js"></script>
                </head>
                <body data-root="%s">
                <a class="skip" href="#content">Skip to the content</a>
                <header class="top">
                  <a class="brand" href="%sindex.html">Zero to hero <span>in Java</span></a>
                  <nav class="sections" aria-label="Site">
                    <a href="%sindex.html#modules">Modules</a>
                    <a href="%sglossary.html">Glossary</a>
                    <a href="%sresults.html">Results</a>
                  </nav>
                  <div class="search" role="search">
                    <input type="search" id="search" placeholder="Search" aria-label="Search the course" autocomplete="off">
                    <ol id="search-results" hidden></ol>
                  </div>
                  <button id="theme" type="button" aria-label="Switch between light and dark theme" title="Light or dark">
                    <span aria-hidden="true">◐</span>
                  </button>
                </header>
                <div class="page%s">
                %s<main id="content">
                %s
                %s</main>
                </div>
                <footer class="bottom">
                  <p>%s. The lessons, exercises and graded tests live in the course repository; this site is built from them.</p>
                </footer>
                </body>
                </html>
                """.formatted(
                Html.escape(page.title().equals(SITE_NAME) ? SITE_NAME : page.title() + " · " + SITE_NAME),
                ICON, root, root, root, root, root, root, root, root, root, root,
                page.toc().isEmpty() ? " no-toc" : "", toc(page), page.body(), pager(page), SITE_NAME);
    }

    private static String toc(Page page) {
        if (page.toc().isEmpty()) {
            return "";
        }
        StringBuilder items = new StringBuilder();
        for (Markdown.Entry e : page.toc()) {
            items.append("      <li class=\"level-").append(e.level()).append("\"><a href=\"#").append(e.id())
                    .append("\">").append(e.label()).append("</a></li>\n");
        }
        return """
                <aside class="toc">
                  <details id="toc">
                    <summary>On this page</summary>
                    <ol>
                %s    </ol>
                  </details>
                </aside>
                """.formatted(items);
    }

    private static String pager(Page page) {
        if (page.previous().isEmpty() && page.next().isEmpty()) {
            return "";
        }
        return "<nav class=\"pager\" aria-label=\"Modules\">\n" + pagerLink(page, page.previous(), "prev", "Previous")
                + pagerLink(page, page.next(), "next", "Next") + "</nav>\n";
    }

    private static String pagerLink(Page page, Optional<Page.Link> link, String rel, String word) {
        return link.map(l -> "  <a class=\"" + rel + "\" rel=\"" + rel + "\" href=\"" + page.href(l.path()) + "\"><span>"
                + word + "</span>" + Html.escape(l.label()) + "</a>\n").orElse("  <span></span>\n");
    }
}
