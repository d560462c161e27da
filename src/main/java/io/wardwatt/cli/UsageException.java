package io.wardwatt.cli;

/** Thrown by a command when its arguments are wrong; the message says what is wrong. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
