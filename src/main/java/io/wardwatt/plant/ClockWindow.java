package io.wardwatt.plant;

import java.util.Locale;

/**
 * A daily stretch of clock time, {@code from} inclusive to {@code to}, which may run past midnight (18:00–07:00).
 * Times are minutes since midnight; {@code to} may be 1,440 (24:00). A window from 00:00 to 24:00 is the whole day.
 */
public record ClockWindow(int fromMinute, int toMinute) {

    public static final int DAY_MINUTES = 1440;

    public ClockWindow {
        if (fromMinute < 0 || fromMinute >= DAY_MINUTES || toMinute < 0 || toMinute > DAY_MINUTES) {
            throw new IllegalArgumentException("a window runs from 00:00..23:59 to 00:00..24:00, got minutes " + fromMinute + " and " + toMinute);
        }
        if (fromMinute == toMinute % DAY_MINUTES && !(fromMinute == 0 && toMinute == DAY_MINUTES)) {
            throw new IllegalArgumentException("a window from " + clock(fromMinute) + " to " + clock(toMinute) + " is empty");
        }
    }

    /** Length in minutes (a window past midnight wraps). */
    public int lengthMinutes() {
        int length = Math.floorMod(toMinute - fromMinute, DAY_MINUTES);
        return length == 0 ? DAY_MINUTES : length;
    }

    /** Whether a moment at this minute of the day (0..1,440, fractions allowed) lies inside, both ends included. */
    public boolean containsClosed(double minuteOfDay) {
        double offset = floorMod(minuteOfDay - fromMinute);
        return offset <= lengthMinutes() + 1e-9 || offset >= DAY_MINUTES - 1e-9;
    }

    /** Whether the window's start or end lies strictly inside the interval after {@code minuteOfDay} lasting {@code minutes}. */
    public boolean edgeStrictlyInside(double minuteOfDay, double minutes) {
        return strictlyInside(fromMinute, minuteOfDay, minutes) || strictlyInside(toMinute, minuteOfDay, minutes);
    }

    /** Minutes of the interval after {@code minuteOfDay} (of any length up to a day) that lie inside the window. */
    public double overlapMinutes(double minuteOfDay, double minutes) {
        double overlap = 0;
        double start = floorMod(minuteOfDay);
        // the interval against this day's and the next day's occurrence of the window
        for (int day = -1; day <= 1; day++) {
            double from = fromMinute + day * DAY_MINUTES;
            double to = from + lengthMinutes();
            overlap += Math.max(0, Math.min(start + minutes, to) - Math.max(start, from));
        }
        return Math.min(overlap, minutes);
    }

    public String text() {
        return clock(fromMinute) + "–" + clock(toMinute);
    }

    public static String clock(double minute) {
        int whole = (int) Math.round(minute);
        return String.format(Locale.ROOT, "%02d:%02d", whole / 60, whole % 60);
    }

    private static boolean strictlyInside(int edge, double minuteOfDay, double minutes) {
        double offset = floorMod(edge - minuteOfDay);
        return offset > 1e-9 && offset < minutes - 1e-9;
    }

    private static double floorMod(double minute) {
        double value = minute % DAY_MINUTES;
        return value < 0 ? value + DAY_MINUTES : value;
    }
}
