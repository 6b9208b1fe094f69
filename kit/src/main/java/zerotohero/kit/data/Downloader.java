package zerotohero.kit.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Copies the bytes at a URL into a file. {@link Datasets} always downloads into a temporary file and only
 * moves it into the cache once its hash is right, so a downloader need not worry about partial files.
 */
@FunctionalInterface
public interface Downloader {

    /**
     * Writes the content at {@code from} into {@code to}, replacing what {@code to} held.
     *
     * @throws IOException when the server cannot be reached or does not answer 200 OK
     */
    void download(URI from, Path to) throws IOException;

    /** The standard downloader: {@link java.net.http.HttpClient}, following redirects, with timeouts. */
    static Downloader http() {
        return http(Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /** The standard downloader with timeouts of your choice (a test wants a dead server to fail fast). */
    static Downloader http(Duration connectTimeout, Duration requestTimeout) {
        return new HttpDownloader(connectTimeout, requestTimeout);
    }
}

/** A plain HTTP GET, with timeouts so that a dead network fails in seconds rather than hanging a test run. */
final class HttpDownloader implements Downloader {

    private final HttpClient client;
    private final Duration requestTimeout;

    HttpDownloader(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public void download(URI from, Path to) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(from).timeout(requestTimeout).GET().build();
        HttpResponse<Path> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofFile(to));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("download of " + from + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the server answered HTTP " + response.statusCode() + " for " + from);
        }
    }
}
