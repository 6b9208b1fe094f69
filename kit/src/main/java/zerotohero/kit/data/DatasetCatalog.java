package zerotohero.kit.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The list of datasets the course knows: for each file its upstream URL, SHA-256, size and licence.
 *
 * <p>The catalog is a plain properties file, {@code datasets/catalog.properties} at the top of the
 * repository, with four keys per file ({@code names.txt.url}, {@code names.txt.sha256},
 * {@code names.txt.bytes}, {@code names.txt.licence}). The build copies it into kit's jar, so
 * {@link #standard()} works from any working directory. Tests build small catalogs of their own with
 * {@link #parse(String)}.
 */
public final class DatasetCatalog {

    /** Where the build puts the copy of {@code datasets/catalog.properties}. */
    static final String RESOURCE = "/zerotohero/kit/data/catalog.properties";

    private static final List<String> KEYS = List.of("url", "sha256", "bytes", "licence");

    private final Map<String, DatasetEntry> entries;

    private DatasetCatalog(Map<String, DatasetEntry> entries) {
        this.entries = entries;
    }

    /** The course's catalog, as shipped inside kit. */
    public static DatasetCatalog standard() {
        try (InputStream in = DatasetCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("kit's dataset catalog " + RESOURCE + " is missing from the "
                        + "classpath: rebuild kit (./mvnw -pl kit install), which copies datasets/catalog.properties");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kit's dataset catalog " + RESOURCE, e);
        }
    }

    /** A catalog from the text of a properties file, e.g. a test's catalog of small synthetic files. */
    public static DatasetCatalog parse(String properties) {
        try {
            return read(new StringReader(properties), "the given catalog");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** A catalog built from entries directly. */
    public static DatasetCatalog of(List<DatasetEntry> entries) {
        Map<String, DatasetEntry> byName = new TreeMap<>();
        for (DatasetEntry entry : entries) {
            if (byName.put(entry.file(), entry) != null) {
                throw new IllegalArgumentException("the catalog lists " + entry.file() + " twice");
            }
        }
        return new DatasetCatalog(byName);
    }

    private static DatasetCatalog read(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        // Group "names.txt.url" etc. by file name: the file name is everything before the last dot.
        Map<String, Map<String, String>> byFile = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String field = dot < 0 ? "" : key.substring(dot + 1);
            if (dot <= 0 || !KEYS.contains(field)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in " + source
                        + ": each entry is <file>.url, <file>.sha256, <file>.bytes and <file>.licence");
            }
            byFile.computeIfAbsent(key.substring(0, dot), f -> new TreeMap<>())
                    .put(field, properties.getProperty(key).trim());
        }
        List<DatasetEntry> entries = new ArrayList<>();
        for (var file : byFile.entrySet()) {
            Map<String, String> fields = file.getValue();
            for (String key : KEYS) {
                if (!fields.containsKey(key)) {
                    throw new IllegalArgumentException(source + " has no " + file.getKey() + "." + key
                            + ": each entry needs url, sha256, bytes and licence");
                }
            }
            entries.add(new DatasetEntry(file.getKey(), uri(fields.get("url"), file.getKey()), fields.get("sha256"),
                    size(fields.get("bytes"), file.getKey()), fields.get("licence")));
        }
        return of(entries);
    }

    private static URI uri(String text, String file) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the url of " + file + " is not a valid URI: " + text, e);
        }
    }

    private static long size(String text, String file) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the bytes of " + file + " must be a whole number, got '" + text + "'",
                    e);
        }
    }

    /** The entry for a file, or an error that lists the files the catalog does know. */
    public DatasetEntry entry(String file) {
        DatasetEntry entry = entries.get(file);
        if (entry == null) {
            throw new IllegalArgumentException("no dataset named '" + file + "' in the catalog; known datasets: "
                    + String.join(", ", entries.keySet()));
        }
        return entry;
    }

    /** Every entry, sorted by file name. */
    public List<DatasetEntry> entries() {
        return List.copyOf(entries.values());
    }
}
