package io.wardwatt.input;

/** A request that is well-formed but forbidden by the current state (a closed month, a duplicate code). HTTP 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
