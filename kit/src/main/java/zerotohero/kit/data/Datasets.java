package zerotohero.kit.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a dataset by name and proves it is the right file.
 *
 * <p>Datasets are never committed to the repository. Asked for {@code names.txt}, this class looks in
 * three places, in order:
 * <ol>
 *   <li>the <b>cache</b>, {@code datasets/cache/} at the top of the repository (git-ignored);</li>
 *   <li>a <b>mirror</b> folder named by the environment variable {@value #MIRROR_VARIABLE} (CI and
 *       classrooms keep one copy of every dataset there); the file is copied into the cache;</li>
 *   <li>the <b>upstream URL</b> from the {@link DatasetCatalog}; the file is downloaded into the cache.</li>
 * </ol>
 * Every copy is checked against the SHA-256 in the catalog. A new copy is written to a temporary file
 * first and moved into the cache in one atomic step only once its hash is right, so an interrupted
 * download or a bad mirror never leaves a half or wrong file in the cache. A cached file that has been
 * changed since is reported, not silently replaced: the message says how to fetch a fresh one.
 *
 * <pre>{@code
 * List<String> words = Datasets.standard().lines("names.txt");
 * }</pre>
 *
 * <p>(Over 300 lines because the three places, the checks and the error messages that say how to fix a
 * missing or changed file are one procedure, read top to bottom; the download itself is {@link Downloader}.)
 */
public final class Datasets {

    /** The environment variable (or system property) that names a folder holding copies of the datasets. */
    public static final String MIRROR_VARIABLE = "ZTH_DATASETS_MIRROR";

    /** The environment variable (or system property) that overrides where the cache lives. */
    public static final String CACHE_VARIABLE = "ZTH_DATASETS_CACHE";

    private final DatasetCatalog catalog;
    private final Path cache;
    private final Path mirror;
    private final Downloader downloader;

    /**
     * A resolver with every source given explicitly (tests use this with a temporary cache).
     *
     * @param catalog    the files it knows
     * @param cache      the folder that keeps verified copies; created when needed
     * @param mirror     a folder that may hold copies, or {@code null} for none
     * @param downloader how to fetch a file from its upstream URL
     */
    public Datasets(DatasetCatalog catalog, Path cache, Path mirror, Downloader downloader) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.cache = Objects.requireNonNull(cache, "cache").toAbsolutePath();
        this.mirror = mirror == null ? null : mirror.toAbsolutePath();
        this.downloader = Objects.requireNonNull(downloader, "downloader");
    }

    /**
     * The resolver the course uses: kit's catalog, the cache under the repository (or
     * {@value #CACHE_VARIABLE}), the mirror named by {@value #MIRROR_VARIABLE} if set, and HTTP.
     */
    public static Datasets standard() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Optional<Path> root = repositoryRoot(workingDirectory);
        return new Datasets(DatasetCatalog.standard(),
                cacheFolder(setting(CACHE_VARIABLE), root, workingDirectory),
                mirrorFolder(setting(MIRROR_VARIABLE), root, workingDirectory),
                Downloader.http());
    }

    /** The catalog this resolver reads. */
    public DatasetCatalog catalog() {
        return catalog;
    }

    /** The folder that holds verified copies. */
    public Path cache() {
        return cache;
    }

    /** The mirror folder, if one is configured. */
    public Optional<Path> mirror() {
        return Optional.ofNullable(mirror);
    }

    /** The whole file as text (UTF-8). */
    public String text(String file) {
        try {
            return Files.readString(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file's lines (UTF-8), without line terminators; e.g. the 32,033 names of {@code names.txt}. */
    public List<String> lines(String file) {
        try {
            return Files.readAllLines(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The path of a verified copy of the file in the cache, fetching it first if needed.
     *
     * @throws IllegalArgumentException if the catalog has no such file
     * @throws DatasetException         if no source has it, or a copy is not the expected file
     */
    public Path path(String file) {
        DatasetEntry entry = catalog.entry(file);
        Path cached = cache.resolve(entry.file());
        if (Files.exists(cached)) {
            Check check = Check.of(entry, cached);
            if (!check.ok()) {
                throw new DatasetException(check.problem("the cached copy " + cached)
                        + "\nFix: delete " + cached + " and run again; kit then fetches a fresh copy ("
                        + (mirror != null ? "from " + mirror + ", or " : "") + "from " + entry.url() + ").");
            }
            return cached;
        }
        List<String> tried = new ArrayList<>();
        tried.add("cache: " + cached + " does not exist yet");
        if (mirror == null) {
            tried.add("mirror: " + MIRROR_VARIABLE + " is not set");
        } else if (!Files.isDirectory(mirror)) {
            tried.add("mirror: " + MIRROR_VARIABLE + "=" + mirror + " is not a folder");
        } else if (!Files.isRegularFile(mirror.resolve(entry.file()))) {
            tried.add("mirror: " + mirror.resolve(entry.file()) + " does not exist");
        } else {
            Path source = mirror.resolve(entry.file());
            try {
                return install(entry, cached, "the mirror copy " + source,
                        "replace " + source + " with a good copy (sha256sum must print " + entry.sha256()
                                + "), or unset " + MIRROR_VARIABLE + " to download it from " + entry.url(),
                        temporary -> {
                            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                            return null;
                        });
            } catch (FetchFailed e) {
                throw new DatasetException("cannot read the mirror copy " + source + ": "
                        + e.getCause().getMessage() + "\nFix: make it readable, or unset " + MIRROR_VARIABLE
                        + " to download " + entry.file() + " from " + entry.url() + ".", e.getCause());
            }
        }
        try {
            return install(entry, cached, "the download from " + entry.url(),
                    "run again (a download can be cut off); if it keeps failing, check the network (a proxy or "
                            + "captive portal may have answered instead of the server), or set " + MIRROR_VARIABLE
                            + " to a folder that holds a good copy of " + entry.file(),
                    temporary -> {
                        System.err.println("kit: downloading " + entry.file() + " from " + entry.url());
                        downloader.download(entry.url(), temporary);
                        return null;
                    });
        } catch (FetchFailed e) {
            Throwable cause = e.getCause();
            String why = cause.getMessage() != null ? cause.getMessage()
                    : cause.getClass().getName();
            tried.add("download: " + entry.url() + " failed: " + why);
            throw new DatasetException(entry.file() + " is not available; kit looked in these places:\n  - "
                    + String.join("\n  - ", tried)
                    + "\nFix: check the network and run again, or set " + MIRROR_VARIABLE
                    + " to a folder holding " + entry.file() + ", or put a copy at " + cached + ".", e.getCause());
        }
    }

    /** Something that writes a file's bytes into a path. */
    private interface Fetch {
        Void into(Path temporary) throws IOException;
    }

    /** Fetching failed before there was anything to check (no network, a mirror that cannot be read, ...). */
    private static final class FetchFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FetchFailed(IOException cause) {
            super(cause);
        }
    }

    /**
     * Fetches into a temporary file beside the cached one, checks it, and only then moves it into place.
     * The temporary file is deleted on every path out, so nothing unchecked stays in the cache.
     */
    private Path install(DatasetEntry entry, Path cached, String source, String fix, Fetch fetch) {
        Path temporary = null;
        try {
            Files.createDirectories(cache);
            temporary = Files.createTempFile(cache, entry.file() + ".", ".part");
            try {
                fetch.into(temporary);
            } catch (IOException e) {
                throw new FetchFailed(e);
            }
            Check check = Check.of(entry, temporary);
            if (!check.ok()) {
                throw new DatasetException(check.problem(source)
                        + "\nNothing was written to the cache. Fix: " + fix + ".");
            }
            moveIntoPlace(temporary, cached);
            return cached;
        } catch (IOException e) {
            throw new DatasetException("cannot write " + entry.file() + " into the cache " + cache + ": "
                    + e.getMessage() + "\nFix: make the folder writable, or set " + CACHE_VARIABLE
                    + " to a folder that is.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path cached) throws IOException {
        try {
            // Atomic: another process sees either no file or the whole verified one, never a part.
            Files.move(temporary, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            System.err.println("kit: could not delete the temporary file " + path + ": " + e.getMessage());
        }
    }

    /** The outcome of comparing a file with its catalog entry. */
    private record Check(DatasetEntry entry, long bytes, String sha256) {

        static Check of(DatasetEntry entry, Path file) {
            try {
                return new Check(entry, Files.size(file), Sha256.of(file));
            } catch (IOException e) {
                throw new DatasetException("cannot read " + file + " to check it: " + e.getMessage(), e);
            }
        }

        boolean ok() {
            return sha256.equals(entry.sha256());
        }

        String problem(String what) {
            String how;
            if (bytes < entry.bytes()) {
                how = "it is truncated: " + bytes + " of " + entry.bytes() + " bytes";
            } else if (bytes > entry.bytes()) {
                how = "it has " + (bytes - entry.bytes()) + " bytes too many (" + bytes + " instead of "
                        + entry.bytes() + ")";
            } else {
                how = "it has the right size (" + bytes + " bytes) but different content: it was altered";
            }
            return what + " is not the expected " + entry.file() + ": " + how
                    + ".\n  expected sha256: " + entry.sha256() + "\n  actual sha256:   " + sha256;
        }
    }

    // --- where the cache and the mirror are -------------------------------------------------------------

    /** A setting from a system property (handy in an IDE) or else the environment variable of that name. */
    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The repository's top folder: the nearest folder at or above {@code start} that holds {@code mvnw}. */
    static Optional<Path> repositoryRoot(Path start) {
        for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("mvnw"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /**
     * The cache folder: the override if given, else {@code datasets/cache} under the repository, else (kit
     * used outside the repository) a folder in the user's home.
     */
    static Path cacheFolder(Optional<String> override, Optional<Path> root, Path workingDirectory) {
        if (override.isPresent()) {
            return resolveAgainst(override.get(), root, workingDirectory);
        }
        return root.map(r -> r.resolve("datasets").resolve("cache"))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "zero-to-hero", "datasets"));
    }

    /** The mirror folder, if configured; a relative path counts from the repository's top folder. */
    static Path mirrorFolder(Optional<String> setting, Optional<Path> root, Path workingDirectory) {
        return setting.map(s -> resolveAgainst(s, root, workingDirectory)).orElse(null);
    }

    // Relative to the repository root, not the working directory: Maven runs each module's tests inside
    // that module's folder, and "../shared/datasets" must mean the same thing from all of them.
    private static Path resolveAgainst(String path, Optional<Path> root, Path workingDirectory) {
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return given.normalize();
        }
        Function<Path, Path> against = base -> base.resolve(given).normalize();
        return root.map(against).orElseGet(() -> against.apply(workingDirectory));
    }
}
