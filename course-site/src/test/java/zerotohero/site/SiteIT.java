package zerotohero.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The generated site in a real browser: every page reachable from the home page is opened in headless
 * Chromium, served over HTTP from localhost as GitHub Pages would serve it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(600)
class SiteIT {

    /** What one page showed the browser. */
    record Visit(String url, List<String> errors, int math, List<String> unrenderedMath, List<String> links,
            List<String> images, List<String> brokenImages, Set<String> ids) {}

    private static final String MODULE_PAGE = "modules/03-micrograd/index.html";

    private final Path site = Path.of(System.getProperty("site.dir", "target/site"));
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private final HttpClient http = HttpClient.newHttpClient();
    private StaticServer server;
    private ChromeDriver driver;
    private final Map<String, Visit> visits = new LinkedHashMap<>();

    @BeforeAll
    void openTheSite() throws Exception {
        if (!Browser.installed()) {
            System.err.println("[browser tests] " + Browser.MISSING);
            return; // each test then skips, or fails where ZTH_BROWSER_TESTS=required
        }
        assertThat(site.resolve("index.html")).as("the site must be generated first (mvn package)").exists();
        server = new StaticServer(site);
        driver = Browser.start(Path.of("target/chromium-profile-" + ProcessHandle.current().pid()));
        crawl();
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens every page reachable from the home page, once, and records what it showed. */
    private void crawl() {
        Deque<String> queue = new ArrayDeque<>(List.of(server.url("index.html")));
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (visits.containsKey(url)) {
                continue;
            }
            Visit visit = visit(url);
            visits.put(url, visit);
            visit.links().stream().map(SiteIT::withoutFragment).filter(this::isInternal).filter(u -> u.endsWith(".html"))
                    .filter(u -> !visits.containsKey(u)).forEach(queue::add);
        }
    }

    @SuppressWarnings("unchecked")
    private Visit visit(String url) {
        Browser.errors(driver); // drop what earlier pages logged
        driver.get(url);
        waitUntilReady();
        Map<String, Object> seen = (Map<String, Object>) driver.executeScript("""
                const all = s => Array.from(document.querySelectorAll(s));
                return {
                  math: all('.math').length,
                  unrendered: all('.math').filter(e => !e.querySelector('.katex')).map(e => e.textContent),
                  links: all('a[href]').map(a => a.href),
                  images: all('img').map(i => i.src),
                  broken: all('img').filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),
                  ids: all('[id]').map(e => e.id)
                };""");
        return new Visit(url, Browser.errors(driver), ((Number) seen.get("math")).intValue(),
                (List<String>) seen.get("unrendered"), (List<String>) seen.get("links"),
                (List<String>) seen.get("images"), (List<String>) seen.get("broken"),
                new HashSet<>((List<String>) seen.get("ids")));
    }

    private void waitUntilReady() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"true".equals(driver.executeScript("return document.documentElement.dataset.ready || ''"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(driver.getCurrentUrl() + " never finished its script (site.js sets "
                        + "data-ready at its end); console: " + Browser.errors(driver));
            }
            sleep(50);
        }
    }

    @Test
    void everyPageIsReachableFromTheHomePage() throws IOException {
        Set<String> generated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(f -> f.toString().endsWith(".html"))
                    .forEach(f -> generated.add(server.url(site.relativize(f).toString().replace('\\', '/'))));
        }
        assertThat(visits.keySet()).containsExactlyInAnyOrderElementsOf(generated);
        assertThat(visits).containsKeys(server.url(MODULE_PAGE), server.url("glossary.html"), server.url("results.html"));
    }

    @Test
    void noPageLogsAnError() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        visits.values().stream().filter(v -> !v.errors().isEmpty()).forEach(v -> errors.put(v.url(), v.errors()));
        assertThat(errors).as("console errors per page").isEmpty();
    }

    @Test
    void everyMathSpanBecomesKatex() {
        Map<String, List<String>> unrendered = new LinkedHashMap<>();
        visits.values().stream().filter(v -> !v.unrenderedMath().isEmpty())
                .forEach(v -> unrendered.put(v.url(), v.unrenderedMath()));
        assertThat(unrendered).as("math elements without KaTeX output").isEmpty();
        assertThat(visits.get(server.url(MODULE_PAGE)).math()).as("math on the micrograd lesson").isGreaterThan(50);
    }

    @Test
    void everyInternalLinkAndImageResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        Map<String, Integer> status = new LinkedHashMap<>();
        for (Visit v : visits.values()) {
            for (String link : v.links()) {
                if (!isInternal(link)) {
                    continue;
                }
                String target = withoutFragment(link);
                int code = status.computeIfAbsent(target, this::statusOf);
                if (code != 200) {
                    broken.add(v.url() + " -> " + link + " (HTTP " + code + ")");
                } else if (link.contains("#") && visits.containsKey(target)) {
                    String id = link.substring(link.indexOf('#') + 1);
                    if (!id.isEmpty() && !visits.get(target).ids().contains(id)) {
                        broken.add(v.url() + " -> " + link + " (no element with id '" + id + "')");
                    }
                }
            }
            for (String image : v.images()) {
                int code = status.computeIfAbsent(image, this::statusOf);
                if (code != 200) {
                    broken.add(v.url() + " image " + image + " (HTTP " + code + ")");
                }
            }
            v.brokenImages().forEach(i -> broken.add(v.url() + " image " + i + " did not load"));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void searchFindsATermThatIsOnAnotherPage() {
        driver.get(server.url("glossary.html"));
        waitUntilReady();
        assertThat(driver.getPageSource()).doesNotContain("IdentityHashMap");
        WebElement box = driver.findElement(By.id("search"));
        box.sendKeys("IdentityHashMap");
        List<WebElement> hits = waitForHits();
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getAttribute("href")).contains(MODULE_PAGE + "#");
        box.sendKeys(Keys.ENTER);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!driver.getCurrentUrl().contains(MODULE_PAGE) && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(driver.getCurrentUrl()).contains(MODULE_PAGE);
        waitUntilReady();
        assertThat(driver.executeScript("return document.querySelector('main').textContent.includes('IdentityHashMap')"))
                .isEqualTo(true);
    }

    @Test
    void worksOpenedStraightFromDisk() {
        Browser.errors(driver);
        driver.get(site.resolve(MODULE_PAGE).toAbsolutePath().toUri().toString());
        waitUntilReady();
        assertThat(driver.findElements(By.cssSelector(".math .katex"))).hasSizeGreaterThan(50);
        driver.findElement(By.id("search")).sendKeys("glossary");
        assertThat(waitForHits()).isNotEmpty();
        assertThat(Browser.errors(driver)).isEmpty();
    }

    @Test
    void arrowKeysMoveThroughTheHits() {
        driver.get(server.url("results.html"));
        waitUntilReady();
        WebElement box = driver.findElement(By.id("search"));
        box.sendKeys("gradient");
        List<WebElement> hits = waitForHits();
        assertThat(hits).hasSizeGreaterThan(1);
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement()).isEqualTo(hits.get(0));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement()).isEqualTo(hits.get(1));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        assertThat(driver.findElement(By.id("search-results")).isDisplayed()).isFalse();
    }

    @Test
    void searchSaysSoWhenNothingMatches() {
        driver.get(server.url("index.html"));
        waitUntilReady();
        driver.findElement(By.id("search")).sendKeys("zzqqxx");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (driver.findElements(By.cssSelector("#search-results .none")).isEmpty() && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(driver.findElement(By.cssSelector("#search-results .none")).getText()).contains("Nothing found");
    }

    @Test
    void theThemeToggleSwitchesBetweenLightAndDarkAndIsRemembered() {
        driver.get(server.url("index.html"));
        waitUntilReady();
        driver.executeScript("localStorage.removeItem('theme')");
        driver.navigate().refresh();
        waitUntilReady();
        String before = background();
        driver.findElement(By.id("theme")).click();
        String after = background();
        assertThat(after).isNotEqualTo(before);
        driver.get(server.url(MODULE_PAGE));
        waitUntilReady();
        assertThat(background()).as("the choice carries over to the next page").isEqualTo(after);
        driver.findElement(By.id("theme")).click();
        assertThat(background()).isEqualTo(before);
        driver.executeScript("localStorage.removeItem('theme')");
    }

    @Test
    void hintsAreFoldedUntilOpened() {
        driver.get(server.url(MODULE_PAGE));
        waitUntilReady();
        WebElement hints = driver.findElement(By.cssSelector("#exercise-03-4 td.hints details"));
        assertThat(hints.getAttribute("open")).isNull();
        hints.findElement(By.tagName("summary")).click();
        assertThat(hints.getAttribute("open")).isNotNull();
        assertThat(hints.findElement(By.tagName("ol")).getText()).contains("ArrayDeque");
    }

    @Test
    void aLessonsFiguresAreCopiedAndShown(@TempDir Path tmp) throws Exception {
        // The course's lessons have no figures yet, so a small repository with one stands in for them.
        Path fixtureSite = tmp.resolve("site");
        new SiteGenerator(Fixture.write(tmp.resolve("repo")), fixtureSite, Optional.empty()).generate();
        try (StaticServer fixture = new StaticServer(fixtureSite)) {
            Browser.errors(driver);
            driver.get(fixture.url("modules/41-first/index.html"));
            waitUntilReady();
            Object width = driver.executeScript(
                    "const i = document.querySelector('main img'); return i && i.complete ? i.naturalWidth : 0");
            assertThat(((Number) width).intValue()).as("the figure's width in pixels").isEqualTo(40);
            assertThat(Browser.errors(driver)).isEmpty();
        }
    }

    @Test
    void codeIsHighlighted() {
        driver.get(server.url(MODULE_PAGE));
        waitUntilReady();
        assertThat(driver.findElements(By.cssSelector("pre code.language-java.hljs .hljs-keyword"))).isNotEmpty();
    }

    @Test
    void pagesFitAPhoneAndALaptopAndAreScreenshot() throws IOException {
        Files.createDirectories(screenshots);
        Map<String, String> pages = Map.of("home", "index.html", "module-03-micrograd", MODULE_PAGE,
                "glossary", "glossary.html", "results", "results.html");
        List<String> overflowing = new ArrayList<>();
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (int[] size : new int[][] {{390, 844}, {1366, 768}}) {
                    boolean phone = size[0] < 600;
                    Browser.viewport(driver, size[0], size[1], phone);
                    driver.get(server.url(page.getValue()));
                    waitUntilReady();
                    Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
                    if (scroll.intValue() > size[0]) {
                        overflowing.add(page.getValue() + " at " + size[0] + " px is " + scroll + " px wide: "
                                + driver.executeScript(WIDEST));
                    }
                    if (page.getKey().equals("home") || page.getKey().startsWith("module")) {
                        String shot = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                                .get("data");
                        Files.write(screenshots.resolve(page.getKey() + "-" + (phone ? "phone" : "laptop") + ".png"),
                                Base64.getDecoder().decode(shot));
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.get(server.url(MODULE_PAGE));
        waitUntilReady();
        driver.executeScript("document.documentElement.dataset.theme = 'dark'");
        Files.write(screenshots.resolve("module-03-micrograd-laptop-dark.png"), Base64.getDecoder().decode(
                (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data")));
        assertThat(overflowing).as("pages wider than the screen").isEmpty();
        assertThat(screenshots.resolve("home-phone.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("module-03-micrograd-laptop.png")).isNotEmptyFile();
    }

    /** Names the elements that stick out to the right, to make an overflow easy to fix. */
    private static final String WIDEST = """
            const w = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > w + 1)
              .filter(e => !e.closest('.table-wrap, pre, .math.display, .toc, .katex-mathml'))
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40));""";

    private String background() {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> waitForHits() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<WebElement> hits = List.of();
        while (hits.isEmpty() && System.nanoTime() < deadline) {
            hits = driver.findElements(By.cssSelector("#search-results li a"));
            sleep(50);
        }
        return hits;
    }

    private int statusOf(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private boolean isInternal(String url) {
        return url.startsWith(server.url(""));
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
