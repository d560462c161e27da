package io.wardwatt.acquisition.runtime;

/** A device did not take a write (unreachable, timed out, or answered with a Modbus exception). */
public class DeviceUnavailableException extends RuntimeException {

    public DeviceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
