package zerotohero.kit.data;

/**
 * A dataset could not be provided: it is missing everywhere kit looked, or a copy of it is not the
 * expected file. The message says which file, what was found, and what to do about it.
 */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatasetException(String message) {
        super(message);
    }

    DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
