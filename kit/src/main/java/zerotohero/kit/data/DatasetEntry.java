package zerotohero.kit.data;

import java.net.URI;
import java.util.Objects;

/**
 * One file of the dataset catalog: what it is called, where it comes from, and how to recognise it.
 *
 * <p>The SHA-256 is what makes a dataset trustworthy: any copy, wherever it came from, is the right file
 * exactly when its bytes hash to this value. The size is redundant with the hash but gives a far more
 * helpful message when a download was cut off ("truncated: 1,000 of 228,145 bytes").
 *
 * @param file    the file name, which is also the dataset's name, e.g. {@code names.txt}
 * @param url     the upstream address it is downloaded from
 * @param sha256  the SHA-256 of the file's bytes, 64 lowercase hex digits
 * @param bytes   the file's size in bytes
 * @param licence the licence as stated upstream
 */
public record DatasetEntry(String file, URI url, String sha256, long bytes, String licence) {

    public DatasetEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(licence, "licence");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the sha256 of " + file + " must be 64 lowercase hex digits, got '"
                    + sha256 + "'");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("the size of " + file + " cannot be negative, got " + bytes);
        }
    }
}
