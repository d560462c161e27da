package io.wardwatt.acquisition;

import java.util.Locale;

/**
 * Why a Modbus request failed. Only an exception response means the device answered; after the other kinds
 * the connection is no longer trusted (a late answer would be taken for the next request's) and is reopened.
 */
public enum FailureKind {
    /** The TCP connection could not be opened (refused, unreachable, connect timeout). */
    CONNECT,
    /** No answer within the request timeout. */
    TIMEOUT,
    /** The connection broke while talking (reset, closed by the peer). */
    IO,
    /** The device answered with a Modbus exception code (illegal address, device busy, ...). */
    EXCEPTION,
    /** An answer that does not fit the request (wrong length, wrong transaction). */
    INVALID_RESPONSE,
    /** A register held a value that is not a finite number (a float NaN). */
    INVALID_VALUE;

    /** The tag in metrics and the API: lower case with dashes. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the connection must be closed and reopened before the next request. */
    public boolean losesConnection() {
        return this == CONNECT || this == TIMEOUT || this == IO || this == INVALID_RESPONSE;
    }
}
