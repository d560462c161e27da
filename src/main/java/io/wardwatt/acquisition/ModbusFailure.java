package io.wardwatt.acquisition;

/** A failed Modbus request or connection, with its kind and, for an exception response, the exception code. */
public class ModbusFailure extends Exception {

    private final FailureKind kind;
    private final int exceptionCode;

    public ModbusFailure(FailureKind kind, String message, Throwable cause) {
        this(kind, 0, message, cause);
    }

    public ModbusFailure(FailureKind kind, int exceptionCode, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.exceptionCode = exceptionCode;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The Modbus exception code (1 illegal function, 2 illegal data address, 3 illegal data value, 4 device failure, ...), or 0. */
    public int exceptionCode() {
        return exceptionCode;
    }
}
