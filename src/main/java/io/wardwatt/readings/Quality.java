package io.wardwatt.readings;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a reading can be trusted, stored as the small code of {@code reading.quality}. Devices and
 * gateways send the name or the code; rollups may weigh or skip readings by it.
 */
public enum Quality {
    GOOD(0), ESTIMATED(1), STALE(2), SUSPECT(3), BAD(4);

    private static final Quality[] BY_CODE = values();

    private final int code;

    Quality(int code) {
        this.code = code;
    }

    /** The value stored in {@code reading.quality}. */
    public int code() {
        return code;
    }

    /** The name in the API: lower case, e.g. {@code estimated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Quality> ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
    }

    /** Accepts a name in any case ({@code good}, {@code BAD}) or a code ({@code 0}..{@code 4}). */
    public static Optional<Quality> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.length() == 1 && Character.isDigit(trimmed.charAt(0))) {
            return ofCode(trimmed.charAt(0) - '0');
        }
        for (Quality quality : BY_CODE) {
            if (quality.name().equalsIgnoreCase(trimmed)) {
                return Optional.of(quality);
            }
        }
        return Optional.empty();
    }
}
