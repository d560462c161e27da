package io.wardwatt.readings;

import java.util.Locale;

/** Why an incoming reading was refused; the tag of the {@code wardwatt.readings.rejected} metric. */
public enum RejectionReason {
    MISSING_FIELD,
    UNKNOWN_POINT,
    BAD_POINT_REFERENCE,
    BAD_TIMESTAMP,
    FUTURE_TIMESTAMP,
    TOO_OLD,
    NOT_A_NUMBER,
    NOT_FINITE,
    NEGATIVE_COUNTER,
    ABOVE_ROLLOVER,
    BAD_QUALITY;

    /** The metric tag value, e.g. {@code not_finite}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
