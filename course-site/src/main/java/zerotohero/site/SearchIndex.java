package zerotohero.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search index: one entry per section of every page, built when the site is generated and searched
 * in the browser by a few lines of {@code site.js}. Sections rather than pages, so that a hit lands the
 * reader on the paragraph that matters, not on the top of a long lesson.
 */
final class SearchIndex {

    /**
     * One searchable section.
     *
     * @param url its address from the site root, with the section's anchor
     * @param title the page's title, and the section's heading after a "›"
     * @param text its visible text
     */
    record Entry(String url, String title, String text) {}

    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a page, cut into its level-2 and level-3 sections. */
    void add(Page page) {
        String body = page.body();
        Matcher m = HEADING.matcher(body);
        int start = 0;
        String url = page.path();
        String name = shortTitle(page);
        String title = name;
        while (m.find()) {
            add(url, title, body.substring(start, m.start()));
            start = m.end();
            url = page.path() + "#" + m.group(2);
            title = name + " › " + Html.text(m.group(3));
        }
        add(url, title, body.substring(start));
    }

    /** A page's title as a hit shows it: short, since the section's heading follows it. */
    static String shortTitle(Page page) {
        if (page.path().equals("index.html")) {
            return "Home";
        }
        int colon = page.title().indexOf(':');
        return colon > 0 ? page.title().substring(0, colon) : page.title();
    }

    private void add(String url, String title, String html) {
        String text = Html.text(html);
        if (!text.isEmpty()) {
            entries.add(new Entry(url, title, text));
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The index as JSON: an array of {url, title, text}. */
    String json() {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same JSON as a script that sets {@code window.SEARCH_INDEX}: browsers refuse to fetch a JSON file
     * from a page opened from disk, but they do run a script next to it.
     */
    String script() {
        return "window.SEARCH_INDEX = " + json().replace("</", "<\\/") + ";\n";
    }
}
