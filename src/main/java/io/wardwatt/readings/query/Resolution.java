package io.wardwatt.readings.query;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bucket sizes the query API offers; days and months follow the site's local calendar. */
public enum Resolution {
    RAW("raw"), QUARTER_HOUR("15m"), HOUR("1h"), DAY("1d"), MONTH("1mo");

    private final String code;

    Resolution(String code) {
        this.code = code;
    }

    /** The name in the API: raw, 15m, 1h, 1d, 1mo. */
    public String code() {
        return code;
    }

    public boolean isCalendar() {
        return this == DAY || this == MONTH;
    }

    public static Optional<Resolution> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static String codes(Resolution... allowed) {
        return Arrays.stream(allowed).map(Resolution::code).collect(Collectors.joining(", "));
    }
}
