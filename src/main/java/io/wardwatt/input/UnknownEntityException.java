package io.wardwatt.input;

/** A reference to something that does not exist. HTTP 404 when it is the resource itself. */
public class UnknownEntityException extends RuntimeException {

    public UnknownEntityException(String kind, Object key) {
        super("No " + kind + " '" + key + "'");
    }
}
