package zerotohero.site;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * A headless Chromium for the site's tests: Debian's {@code chromium} and {@code chromium-driver},
 * started with a fresh profile and with nothing that phones home. The driver is named explicitly so that
 * Selenium never tries to download one.
 *
 * <p>Other installations are named by {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY} (or the
 * system properties {@code chromium.binary} and {@code chromedriver.binary}).
 *
 * <p>Without Chromium the tests are skipped with a note on how to install it, unless
 * {@code ZTH_BROWSER_TESTS=required} (as CI sets it), in which case they fail.
 */
final class Browser {

    static final Path CHROMIUM = locate("chromium.binary", "CHROMIUM_BINARY", "/usr/bin/chromium");
    static final Path CHROMEDRIVER = locate("chromedriver.binary", "CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    /** Selenium warns that it has no DevTools binding for this Chromium; the tests use none. Kept to stay quiet. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(Level.SEVERE);
    }

    private Browser() {}

    /** A system property, else an environment variable (as a CI image names its Chrome), else Debian's path. */
    private static Path locate(String property, String variable, String debian) {
        String configured = System.getProperty(property, System.getenv(variable));
        return Path.of(configured == null || configured.isBlank() ? debian : configured);
    }

    static final String MISSING = "The browser tests need Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
            + "). Install them with: sudo apt-get install -y chromium chromium-driver";

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips (or, where required, fails) the calling test when Chromium or its driver is missing. */
    static void assumeInstalled() {
        if (installed()) {
            return;
        }
        if ("required".equals(System.getenv("ZTH_BROWSER_TESTS"))) {
            fail(MISSING + " (ZTH_BROWSER_TESTS=required)");
        }
        abort(MISSING);
    }

    /** Starts a browser; the caller quits it. */
    static ChromeDriver start(Path profile) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath(), "--window-size=1366,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        // Generous limits: the machine may be busy with other builds. A command that hangs still fails in
        // two minutes, with a stack trace, instead of waiting for Selenium's default of three.
        ChromeDriver driver = new ChromeDriver(service, options,
                ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(120)));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The console errors since the last call: messages of level SEVERE (errors and failed loads). */
    static List<String> errors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Emulates a device of this width (CSS pixels) and height, as a phone or a laptop shows the page. */
    static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }
}
