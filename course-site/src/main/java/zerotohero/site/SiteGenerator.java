package zerotohero.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import zerotohero.grading.Catalog;

/**
 * Builds the course site from the repository: a home page with the course map, a page per module (the
 * lesson, its figures, its exercise table), the stubs and tests as readable pages, a glossary, the
 * reference results, and a search index over all of it.
 *
 * <p>Everything is read from the repository at build time: a module appears on the site by having a
 * folder {@code modules/NN-name} with an {@code exercises.yaml}; a figure by being in its
 * {@code figures/} folder; a reference run by writing its {@code results/*.json}.
 *
 * <p>Usage: {@code SiteGenerator <repository root> <output folder>}; the output folder is replaced.
 */
public final class SiteGenerator {

    private final Path repo;
    private final Path out;
    private final Glossary glossary = Glossary.load();
    private final List<CourseModule> modules;
    private final Links links;

    SiteGenerator(Path repo, Path out, Optional<String> repository) {
        this.repo = repo.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.modules = CourseModule.discover(this.repo);
        this.links = new Links(siteFiles(), repository);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SiteGenerator <repository root> <output folder>");
        }
        long start = System.nanoTime();
        String url = System.getProperty("site.repository", System.getenv("SITE_REPOSITORY_URL"));
        String branch = Optional.ofNullable(System.getenv("SITE_REPOSITORY_BRANCH")).orElse("main");
        Optional<String> repository = Optional.ofNullable(url).filter(u -> !u.isBlank())
                .map(u -> u.replaceAll("/+$", "") + "/blob/" + branch + "/");
        List<Page> pages = new SiteGenerator(Path.of(args[0]), Path.of(args[1]), repository).generate();
        System.out.printf(Locale.ROOT, "course site: %d pages written to %s in %d ms%n", pages.size(),
                Path.of(args[1]).toAbsolutePath().normalize(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Writes the whole site and returns its pages. */
    List<Page> generate() {
        clean(out);
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        for (int i = 0; i < modules.size(); i++) {
            pages.add(modulePage(i));
            pages.addAll(sourcePages(modules.get(i)));
        }
        pages.add(glossaryPage());
        pages.add(resultsPage());

        SearchIndex index = new SearchIndex();
        for (Page page : pages) {
            write(out.resolve(page.path()), Layout.render(page));
            if (page.searchable()) {
                index.add(page);
            }
        }
        write(out.resolve("search.json"), index.json());
        write(out.resolve("assets/search-index.js"), index.script());
        for (CourseModule module : modules) {
            for (String figure : module.figures()) {
                copy(module.dir().resolve(figure), out.resolve("modules").resolve(module.name()).resolve(figure));
            }
        }
        Assets.copy(out);
        write(out.resolve(".nojekyll"), "");
        return pages;
    }

    /** Which repository files the site carries, and where: lessons, figures, stubs and tests. */
    private Map<String, String> siteFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", "index.html");
        for (CourseModule m : modules) {
            String base = "modules/" + m.name();
            files.put(base, base + "/index.html");
            files.put(base + "/README.md", base + "/index.html");
            files.put(base + "/" + Catalog.FILE, base + "/index.html");
            m.figures().forEach(f -> files.put(base + "/" + f, base + "/" + f));
            sources(m).forEach(f -> files.put(base + "/" + f, base + "/" + f + ".html"));
        }
        return files;
    }

    /** The stub and test files of a module that get a page: the ones its catalog and tests name. */
    private static Set<String> sources(CourseModule module) {
        Set<String> files = new LinkedHashSet<>();
        module.catalog().exercises().forEach(e -> files.addAll(e.files()));
        module.tests().values().forEach(files::addAll);
        files.removeIf(f -> !Files.isRegularFile(module.dir().resolve(f)));
        return files;
    }

    private Page home() {
        Page frame = new Page("index.html", Layout.SITE_NAME, "", List.of(), Optional.empty(), Optional.empty(), true);
        Markdown markdown = new Markdown(d -> d, glossary.linker(frame.href("glossary.html")));
        Markdown.Rendered home = markdown.render(resource("home.md"));
        StringBuilder map = new StringBuilder("<ol class=\"module-map\">\n");
        for (Outline o : Outline.of(repo, modules)) {
            map.append(o.module().map(m -> readyCard(o, m, markdown)).orElseGet(() -> plannedCard(o)));
        }
        map.append("</ol>\n");
        String body = home.html().replace("<p>{{modules}}</p>", map.toString());
        return new Page("index.html", Layout.SITE_NAME, body, home.toc(), Optional.empty(), Optional.empty(), true);
    }

    private static String readyCard(Outline o, CourseModule m, Markdown markdown) {
        StringBuilder objectives = new StringBuilder();
        m.catalog().objectives().forEach(x -> objectives.append("<li>").append(markdown.inline(x)).append("</li>"));
        return """
                <li class="module ready">
                  <h3><a href="modules/%s/index.html"><span class="num">%s</span> %s</a></h3>
                  <p class="facts"><span>%d exercises</span> <span>%d points</span></p>
                  <p>%s</p>
                  %s
                </li>
                """.formatted(m.name(), m.number(), Html.escape(m.catalog().title()), m.catalog().exercises().size(),
                m.catalog().totalPoints(), markdown.inline(o.description().isEmpty()
                        ? String.valueOf(m.catalog().summary()) : capitalised(o.description()) + "."),
                objectives.isEmpty() ? "" : "<p class=\"label\">After it you can:</p><ul class=\"objectives\">"
                        + objectives + "</ul>");
    }

    private static String plannedCard(Outline o) {
        String number = o.name().substring(0, 2);
        return """
                <li class="module planned">
                  <h3><span class="num">%s</span> %s <span class="badge">planned</span></h3>
                  <p>%s</p>
                </li>
                """.formatted(number, Html.escape(o.name().substring(3)), Html.escape(capitalised(o.description())));
    }

    private Page modulePage(int i) {
        CourseModule m = modules.get(i);
        String path = "modules/" + m.name() + "/index.html";
        Optional<Page.Link> previous = i == 0 ? Optional.empty() : Optional.of(link(modules.get(i - 1)));
        Optional<Page.Link> next = i + 1 == modules.size() ? Optional.empty() : Optional.of(link(modules.get(i + 1)));
        Page frame = new Page(path, m.catalog().title(), "", List.of(), previous, next, true);
        Markdown markdown = new Markdown(links.from("modules/" + m.name() + "/README.md", frame),
                glossary.linker(frame.href("glossary.html")));
        // The card comes first on the page, so it is rendered first: its terms get the glossary links.
        StringBuilder objectives = new StringBuilder();
        m.catalog().objectives().forEach(x -> objectives.append("<li>").append(markdown.inline(x)).append("</li>"));
        String card = """
                <section class="module-card" aria-label="About this module">
                  <p class="summary">%s</p>
                  <p class="facts"><span>%d exercises</span> <span>%d points</span> <a href="#exercise-catalog">Exercises, points and hints</a></p>
                  %s
                </section>
                """.formatted(markdown.inline(String.valueOf(m.catalog().summary())), m.catalog().exercises().size(),
                m.catalog().totalPoints(), objectives.isEmpty() ? ""
                        : "<p class=\"label\">After this module you can:</p><ul class=\"objectives\">" + objectives + "</ul>");
        String lesson = m.lesson().isBlank() ? "# " + m.catalog().title() + "\n\n" + m.catalog().summary() : m.lesson();
        Markdown.Rendered rendered = markdown.render(lesson);
        String html = rendered.html();
        int h1 = html.indexOf("</h1>");
        html = h1 < 0 ? card + html : html.substring(0, h1 + 5) + "\n" + card + html.substring(h1 + 5);
        String table = ExerciseTable.render(m, rendered.toc(), markdown, f -> frame.href(
                sources(m).contains(f) ? "modules/" + m.name() + "/" + f + ".html" : path));
        String body = html + """
                <h2 id="exercise-catalog">Exercise catalog</h2>
                <p>Every exercise of this module with its points, the files to edit, the tests that grade it, and
                hints from gentle to explicit. Run <code>./mvnw -q test -pl modules/%s -am</code> to see where you stand.</p>
                %s""".formatted(m.name(), table);
        List<Markdown.Entry> toc = new ArrayList<>(rendered.toc());
        toc.add(new Markdown.Entry(2, "exercise-catalog", "Exercise catalog"));
        return new Page(path, title(m, rendered), body, toc, previous, next, true);
    }

    private static String title(CourseModule m, Markdown.Rendered rendered) {
        return rendered.title() != null ? rendered.title() : m.catalog().title();
    }

    private static Page.Link link(CourseModule m) {
        return new Page.Link("modules/" + m.name() + "/index.html", m.number() + " · " + m.catalog().title());
    }

    /** The stubs and tests as pages, so that a reader can study them without leaving the site. */
    private List<Page> sourcePages(CourseModule m) {
        return sources(m).stream().map(file -> SourcePage.of(m, file, links.repository())).toList();
    }

    private Page glossaryPage() {
        return glossary.page(modulesWithPages());
    }

    private Set<String> modulesWithPages() {
        Set<String> names = new LinkedHashSet<>();
        modules.forEach(m -> names.add(m.name()));
        return names;
    }

    private Page resultsPage() {
        Page frame = new Page("results.html", "Reference results", "", List.of(), Optional.empty(), Optional.empty(), true);
        Markdown markdown = new Markdown(d -> d, glossary.linker(frame.href("glossary.html")));
        Markdown.Rendered text = markdown.render(resource("results.md"));
        String table = ReferenceResults.table(ReferenceResults.rows(repo, ReferenceResults.references()),
                modulesWithPages());
        String body = text.html().replace("<p>{{results}}</p>", table)
                .replace("<p>{{strength}}</p>", TestStrength.table(modules));
        return new Page("results.html", "Reference results", body, text.toc(), Optional.empty(), Optional.empty(), true);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String resource(String name) {
        try (InputStream in = SiteGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the generator's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clean(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
    }
}
