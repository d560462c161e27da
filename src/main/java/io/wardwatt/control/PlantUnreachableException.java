package io.wardwatt.control;

/** The device did not take a write: no connection, a timeout, an exception response. */
public class PlantUnreachableException extends Exception {

    public PlantUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
