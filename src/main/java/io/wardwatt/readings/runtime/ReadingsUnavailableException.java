package io.wardwatt.readings.runtime;

/**
 * The readings could not be confirmed as stored in time: the writer is behind, the database away, or the
 * service stopping. Nothing was refused for its content; sending the same readings again is safe. HTTP 503.
 */
public class ReadingsUnavailableException extends RuntimeException {

    public ReadingsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
