package zerotohero.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies what the pages load into {@code assets/}: KaTeX and highlight.js out of their WebJars (so the
 * site needs no CDN and works offline), and the site's own stylesheet and script.
 */
final class Assets {

    private static final Pattern CSS_URL = Pattern.compile("url\\(([^)\"']+)\\)");
    private static final String[] OWN = {"site.css", "site.js"};

    private Assets() {}

    static void copy(Path site) {
        String katex = webjar("org.webjars.npm", "katex") + "/dist/";
        copy(katex + "katex.min.js", site.resolve("assets/katex/katex.min.js"));
        String css = read(katex + "katex.min.css");
        write(site.resolve("assets/katex/katex.min.css"), css);
        // Only the fonts the stylesheet refers to, found by reading it rather than by listing the jar.
        Set<String> fonts = new LinkedHashSet<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            fonts.add(m.group(1));
        }
        for (String font : fonts) {
            copy(katex + font, site.resolve("assets/katex").resolve(font));
        }
        String highlight = webjar("org.webjars", "highlightjs") + "/";
        copy(highlight + "highlight.min.js", site.resolve("assets/highlight/highlight.min.js"));
        for (String own : OWN) {
            copy("zerotohero/site/assets/" + own, site.resolve("assets").resolve(own));
        }
    }

    /** The resource folder of a WebJar on the class path, found through the version its pom names. */
    private static String webjar(String group, String artifact) {
        Properties pom = new Properties();
        try (InputStream in = stream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version");
    }

    private static InputStream stream(String resource) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path: is its WebJar a dependency?");
        }
        return in;
    }

    private static String read(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = stream(resource)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void write(Path target, String text) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
