package io.wardwatt.alerts;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A condition a watch found, as it posts it to the {@link AlertSink}. The same (kind, site, source, period) is one
 * alert: posting it again updates that alert's numbers and text.
 *
 * @param kind      what was found, lower case with dashes: {@code standby-excess}, {@code meter-imbalance}, ...
 * @param source    what it is about: a device code, a meter group
 * @param period    the period judged as the site names it ({@code 2026-03-02}, {@code 2026-03})
 * @param measured  the value judged, or null
 * @param expected  what it should have been, or null
 * @param kwhWasted energy lost to the condition, or null when the condition does not waste energy by itself
 * @param message   the text in words any language can give: a message key of the web UI's bundles
 *                  ({@code alert.text.standby-excess}) with its arguments (numbers as numbers, so each language formats
 *                  them); null when only the English {@code text} exists
 */
public record RaisedAlert(String kind, String site, String source, String period, Instant periodStart, Instant periodEnd,
                          Severity severity, String text, Double measured, Double expected, Double kwhWasted, AlertMessage message) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** An alert known only by its English text (older producers). */
    public RaisedAlert(String kind, String site, String source, String period, Instant periodStart, Instant periodEnd, Severity severity,
                       String text, Double measured, Double expected, Double kwhWasted) {
        this(kind, site, source, period, periodStart, periodEnd, severity, text, measured, expected, kwhWasted, null);
    }

    public RaisedAlert {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("alert kind '" + kind + "': 1-64 characters of a-z, 0-9 and '-', starting with a letter");
        }
        requireText(site, "site");
        requireText(source, "source");
        requireText(period, "period");
        requireText(text, "text");
        Objects.requireNonNull(severity, "severity");
        if (periodStart == null || periodEnd == null || !periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException("alert period must end after it starts: " + periodStart + " .. " + periodEnd);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("alert " + name + " is required");
        }
    }
}
