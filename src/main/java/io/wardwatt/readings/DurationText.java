package io.wardwatt.readings;

import java.time.Duration;

/** Durations the way engineers write them in messages: {@code 10m}, {@code 1h30m}, {@code 45s}, {@code 250ms}. */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.isNegative()) {
            return "-" + of(duration.negated());
        }
        StringBuilder text = new StringBuilder();
        append(text, duration.toDaysPart(), "d");
        append(text, duration.toHoursPart(), "h");
        append(text, duration.toMinutesPart(), "m");
        append(text, duration.toSecondsPart(), "s");
        append(text, duration.toMillisPart(), "ms");
        return text.length() > 0 ? text.toString() : duration.toNanos() + "ns";
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(amount).append(unit);
        }
    }
}
