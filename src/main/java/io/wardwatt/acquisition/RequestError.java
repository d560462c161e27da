package io.wardwatt.acquisition;

import java.time.Instant;

/** A request that failed in a cycle: which one, why, and when. */
public record RequestError(String request, FailureKind kind, int exceptionCode, String message, Instant at) {

    /** For the status and logs: {@code input 0..11: exception 2 (illegal data address)}. */
    public String describe() {
        return request + ": " + (kind == FailureKind.EXCEPTION ? "Modbus exception " + exceptionCode + " " + exceptionName(exceptionCode)
                : kind.tag() + " (" + message + ")");
    }

    static String exceptionName(int code) {
        return switch (code) {
            case 1 -> "(illegal function)";
            case 2 -> "(illegal data address)";
            case 3 -> "(illegal data value)";
            case 4 -> "(server device failure)";
            case 5 -> "(acknowledge)";
            case 6 -> "(server device busy)";
            case 10 -> "(gateway path unavailable)";
            case 11 -> "(gateway target failed to respond)";
            default -> "";
        };
    }
}
