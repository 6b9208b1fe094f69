package zerotohero.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolver on small synthetic files, with a catalog of its own: these run everywhere, with no network
 * and no mirror.
 */
class DatasetsTest {

    static final byte[] GOOD = "emma\nolivia\nava".getBytes(StandardCharsets.UTF_8);
    static final String GOOD_SHA = Sha256.of(GOOD);

    @TempDir
    Path temp;

    Path cache;
    Path mirror;
    AtomicInteger downloads = new AtomicInteger();
    DatasetCatalog catalog;

    @BeforeEach
    void setUp() throws IOException {
        cache = temp.resolve("cache");
        mirror = Files.createDirectories(temp.resolve("mirror"));
        catalog = DatasetCatalog.parse("""
                tiny.txt.url=http://127.0.0.1:9/tiny.txt
                tiny.txt.sha256=%s
                tiny.txt.bytes=%d
                tiny.txt.licence=CC0
                """.formatted(GOOD_SHA, GOOD.length));
    }

    /** A downloader that "downloads" the given bytes and counts its calls. */
    Downloader serving(byte[] bytes) {
        return (from, to) -> {
            downloads.incrementAndGet();
            Files.write(to, bytes);
        };
    }

    static Downloader offline() {
        return (from, to) -> {
            throw new IOException("no route to host");
        };
    }

    List<Path> cacheContents() throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
        }
    }

    @Test
    void aVerifiedCachedCopyIsUsedWithoutFetching() throws IOException {
        Files.createDirectories(cache);
        Files.write(cache.resolve("tiny.txt"), GOOD);
        Datasets datasets = new Datasets(catalog, cache, null, serving(GOOD));

        assertThat(datasets.path("tiny.txt")).isEqualTo(cache.resolve("tiny.txt").toAbsolutePath());
        assertThat(datasets.lines("tiny.txt")).containsExactly("emma", "olivia", "ava");
        assertThat(datasets.text("tiny.txt")).startsWith("emma\n");
        assertThat(downloads).hasValue(0);
    }

    @Test
    void anAlteredCachedFileFailsWithBothHashesAndTheFix() throws IOException {
        Files.createDirectories(cache);
        byte[] altered = GOOD.clone();
        altered[0] = 'E';
        Files.write(cache.resolve("tiny.txt"), altered);
        Datasets datasets = new Datasets(catalog, cache, null, serving(GOOD));

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("tiny.txt")
                .hasMessageContaining("altered")
                .hasMessageContaining("expected sha256: " + GOOD_SHA)
                .hasMessageContaining("actual sha256:   " + Sha256.of(altered))
                .hasMessageContaining("delete " + cache.resolve("tiny.txt").toAbsolutePath());
        assertThat(downloads).hasValue(0);
    }

    @Test
    void aTruncatedCachedFileSaysHowMuchIsMissing() throws IOException {
        Files.createDirectories(cache);
        Files.write(cache.resolve("tiny.txt"), "emma\n".getBytes(StandardCharsets.UTF_8));
        Datasets datasets = new Datasets(catalog, cache, mirror, serving(GOOD));

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("truncated: 5 of " + GOOD.length + " bytes")
                .hasMessageContaining(GOOD_SHA)
                .hasMessageContaining("from " + mirror.toAbsolutePath());
    }

    @Test
    void aGoodMirrorCopyIsCopiedIntoTheCache() throws IOException {
        Files.write(mirror.resolve("tiny.txt"), GOOD);
        Datasets datasets = new Datasets(catalog, cache, mirror, serving(GOOD));

        Path path = datasets.path("tiny.txt");

        assertThat(path).hasBinaryContent(GOOD).startsWith(cache.toAbsolutePath());
        assertThat(cacheContents()).containsExactly(cache.resolve("tiny.txt").toAbsolutePath());
        assertThat(downloads).hasValue(0);
        assertThat(datasets.mirror()).contains(mirror.toAbsolutePath());
        assertThat(datasets.cache()).isEqualTo(cache.toAbsolutePath());
    }

    @Test
    void aWrongMirrorCopyFailsAndLeavesNothingInTheCache() throws IOException {
        byte[] longer = (new String(GOOD, StandardCharsets.UTF_8) + "\nextra").getBytes(StandardCharsets.UTF_8);
        Files.write(mirror.resolve("tiny.txt"), longer);
        Datasets datasets = new Datasets(catalog, cache, mirror, serving(GOOD));

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("mirror copy " + mirror.resolve("tiny.txt").toAbsolutePath())
                .hasMessageContaining("6 bytes too many")
                .hasMessageContaining("expected sha256: " + GOOD_SHA)
                .hasMessageContaining("actual sha256:   " + Sha256.of(longer))
                .hasMessageContaining("Nothing was written to the cache")
                .hasMessageContaining("unset ZTH_DATASETS_MIRROR");
        assertThat(cacheContents()).isEmpty();
    }

    @Test
    void aMissingMirrorFolderIsReportedWhenTheDownloadFailsToo() {
        Path nowhere = temp.resolve("no-such-mirror");
        Datasets datasets = new Datasets(catalog, cache, nowhere, offline());

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("tiny.txt is not available")
                .hasMessageContaining("ZTH_DATASETS_MIRROR=" + nowhere.toAbsolutePath() + " is not a folder")
                .hasMessageContaining("no route to host")
                .hasMessageContaining("check the network");
    }

    @Test
    void withNoMirrorAndNoNetworkTheMessageListsEveryPlaceTried() throws IOException {
        Datasets datasets = new Datasets(catalog, cache, null, offline());

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .hasMessageContaining("cache: " + cache.resolve("tiny.txt").toAbsolutePath() + " does not exist")
                .hasMessageContaining("ZTH_DATASETS_MIRROR is not set")
                .hasMessageContaining("download: http://127.0.0.1:9/tiny.txt failed");
        assertThat(cacheContents()).isEmpty();
    }

    @Test
    void aMirrorWithoutTheFileFallsBackToTheDownload() throws IOException {
        Datasets datasets = new Datasets(catalog, cache, mirror, serving(GOOD));

        assertThat(datasets.path("tiny.txt")).hasBinaryContent(GOOD);
        assertThat(downloads).hasValue(1);
        // the second time it comes from the cache
        datasets.path("tiny.txt");
        assertThat(downloads).hasValue(1);
    }

    @Test
    void aTruncatedDownloadFailsAndLeavesNothingInTheCache() throws IOException {
        Datasets datasets = new Datasets(catalog, cache, null, serving("emm".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("download from http://127.0.0.1:9/tiny.txt")
                .hasMessageContaining("truncated: 3 of " + GOOD.length + " bytes")
                .hasMessageContaining(GOOD_SHA)
                .hasMessageContaining("Nothing was written to the cache");
        assertThat(cacheContents()).isEmpty();
    }

    @Test
    void aMirrorEntryThatIsNotAFileCountsAsMissing() throws IOException {
        Files.createDirectories(mirror.resolve("tiny.txt")); // a folder where the file should be
        Datasets datasets = new Datasets(catalog, cache, mirror, offline());

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .hasMessageContaining(mirror.resolve("tiny.txt").toAbsolutePath() + " does not exist");
    }

    @Test
    void aCacheThatCannotBeCreatedIsReported() throws IOException {
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file, not a folder");
        Datasets datasets = new Datasets(catalog, blocked.resolve("cache"), null, serving(GOOD));

        assertThatThrownBy(() -> datasets.path("tiny.txt"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("cannot write tiny.txt into the cache")
                .hasMessageContaining("ZTH_DATASETS_CACHE");
    }

    @Test
    void anUnknownNameListsTheKnownDatasets() {
        Datasets datasets = new Datasets(catalog, cache, null, offline());
        assertThatThrownBy(() -> datasets.path("names.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no dataset named 'names.txt'")
                .hasMessageContaining("known datasets: tiny.txt");
        assertThat(datasets.catalog()).isSameAs(catalog);
    }

    @Test
    void theHttpDownloaderFetchesOverHttpAndRejectsErrors() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tiny.txt", exchange -> {
            exchange.sendResponseHeaders(200, GOOD.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(GOOD);
            }
        });
        server.createContext("/missing.txt", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            DatasetCatalog served = DatasetCatalog.parse("""
                    tiny.txt.url=%s/tiny.txt
                    tiny.txt.sha256=%s
                    tiny.txt.bytes=%d
                    tiny.txt.licence=CC0
                    """.formatted(base, GOOD_SHA, GOOD.length));
            Datasets datasets = new Datasets(served, cache, null, Downloader.http());
            assertThat(datasets.path("tiny.txt")).hasBinaryContent(GOOD);

            Downloader http = Downloader.http(Duration.ofSeconds(5), Duration.ofSeconds(5));
            Path target = temp.resolve("missing.txt");
            assertThatThrownBy(() -> http.download(URI.create(base + "/missing.txt"), target))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theCacheIsUnderTheRepositoryRootUnlessOverridden() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
        Path module = Files.createDirectories(root.resolve("modules/05-mlp"));

        assertThat(Datasets.repositoryRoot(module)).contains(root);
        assertThat(Datasets.repositoryRoot(temp)).isEmpty();
        assertThat(Datasets.cacheFolder(Optional.empty(), Optional.of(root), module))
                .isEqualTo(root.resolve("datasets/cache"));
        assertThat(Datasets.cacheFolder(Optional.of("/tmp/zth-cache"), Optional.of(root), module))
                .isEqualTo(Path.of("/tmp/zth-cache"));
        assertThat(Datasets.cacheFolder(Optional.empty(), Optional.empty(), module)
                .endsWith(Path.of(".cache", "zero-to-hero", "datasets"))).isTrue();
        // A relative mirror counts from the repository root, whichever module's folder the tests run in.
        assertThat(Datasets.mirrorFolder(Optional.of("../shared/datasets"), Optional.of(root), module))
                .isEqualTo(temp.resolve("shared/datasets"));
        assertThat(Datasets.mirrorFolder(Optional.of("m"), Optional.empty(), module)).isEqualTo(module.resolve("m"));
        assertThat(Datasets.mirrorFolder(Optional.empty(), Optional.of(root), module)).isNull();
    }

    @Test
    void settingsComeFromSystemPropertiesOrTheEnvironment() {
        String name = "ZTH_TEST_SETTING_" + System.nanoTime();
        assertThat(Datasets.setting(name)).isEmpty();
        System.setProperty(name, "  /some/where ");
        try {
            assertThat(Datasets.setting(name)).contains("/some/where");
        } finally {
            System.clearProperty(name);
        }
    }

    @Test
    void theStandardResolverUsesTheShippedCatalog() {
        Datasets standard = Datasets.standard();
        assertThat(standard.catalog().entries()).extracting(DatasetEntry::file)
                .containsExactly("cl100k_base.tiktoken", "names.txt", "taylorswift.txt", "tinyshakespeare.txt");
        assertThat(standard.cache()).isAbsolute();
    }
}
