package zerotohero.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import zerotohero.grading.Catalog;
import zerotohero.grading.Mistakes;

/**
 * A module's catalog as a table: each exercise with its points, the lesson section it belongs to, the
 * stub files to edit, the tests that grade it, its hints (folded away so that a reader opens them only
 * when stuck) and the known mistakes its tests are proven to catch.
 */
final class ExerciseTable {

    private ExerciseTable() {}

    /**
     * @param module the module
     * @param toc the lesson's table of contents, to link each exercise to its section
     * @param markdown renders the hints (they may hold code and math)
     * @param fileHref the address of a module file (a path relative to the module folder) from the page
     */
    static String render(CourseModule module, List<Markdown.Entry> toc, Markdown markdown,
            UnaryOperator<String> fileHref) {
        Catalog catalog = module.catalog();
        StringBuilder rows = new StringBuilder();
        for (Catalog.Entry e : catalog.exercises()) {
            StringBuilder files = new StringBuilder();
            files.append(fileList("Edit", e.files(), fileHref));
            files.append(fileList("Tests", module.tests().getOrDefault(e.id(), List.of()), fileHref));
            StringBuilder hints = new StringBuilder();
            for (String hint : e.hints()) {
                hints.append("<li>").append(markdown.inline(hint)).append("</li>");
            }
            String count = e.hints().size() == 1 ? "1 hint" : e.hints().size() + " hints";
            hints = new StringBuilder("<details><summary>" + count + "</summary><ol>" + hints + "</ol></details>");
            List<Mistakes.Mistake> caught = module.mistakes().of(e.id());
            if (!caught.isEmpty()) {
                hints.append("<details class=\"mistakes\"><summary>")
                        .append(caught.size() == 1 ? "1 mistake caught" : caught.size() + " mistakes caught")
                        .append("</summary><ul>");
                for (Mistakes.Mistake m : caught) {
                    hints.append("<li>").append(markdown.inline(m.description())).append("</li>");
                }
                hints.append("</ul></details>");
            }
            rows.append("""
                    <tr id="exercise-%s">
                      <td class="exercise"><span class="id">%s</span> %s%s</td>
                      <td class="points">%d</td>
                      <td class="files">%s</td>
                      <td class="hints">%s</td>
                    </tr>
                    """.formatted(e.id().replace('.', '-'), Html.escape(e.id()), Html.escape(e.title()),
                    section(e.section(), toc), e.points(), files, hints));
        }
        return """
                <div class="table-wrap"><table class="exercises">
                <thead><tr><th scope="col">Exercise</th><th scope="col">Points</th><th scope="col">Files</th><th scope="col">Hints</th></tr></thead>
                <tbody>
                %s</tbody>
                <tfoot><tr><td>Total</td><td class="points">%d</td><td colspan="2"></td></tr></tfoot>
                </table></div>
                """.formatted(rows, catalog.totalPoints());
    }

    private static String fileList(String label, List<String> files, UnaryOperator<String> fileHref) {
        if (files.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div><span class=\"label\">" + label + ":</span> ");
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            String name = file.substring(file.lastIndexOf('/') + 1);
            out.append(i == 0 ? "" : ", ").append("<a href=\"").append(Html.escape(fileHref.apply(file)))
                    .append("\" title=\"").append(Html.escape(file)).append("\"><code>").append(Html.escape(name))
                    .append("</code></a>");
        }
        return out.append("</div>").toString();
    }

    /** The exercise's lesson section, linked to its heading when one matches by number or by name. */
    private static String section(String section, List<Markdown.Entry> toc) {
        if (section == null || section.isBlank()) {
            return "";
        }
        Optional<Markdown.Entry> heading = heading(section, toc);
        String name = Html.escape(section);
        return "<div class=\"section\">Lesson: " + heading.map(h -> "<a href=\"#" + h.id() + "\">" + name + "</a>")
                .orElse(name) + "</div>";
    }

    static Optional<Markdown.Entry> heading(String section, List<Markdown.Entry> toc) {
        String number = section.matches("^\\d+\\..*") ? section.substring(0, section.indexOf('.') + 1) : null;
        for (Markdown.Entry e : toc) {
            String label = Html.text(e.label());
            if (number != null && label.startsWith(number + " ")) {
                return Optional.of(e);
            }
            if (Markdown.slug(label).equals(Markdown.slug(section.toLowerCase(Locale.ROOT)))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
