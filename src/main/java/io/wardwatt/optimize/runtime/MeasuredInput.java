package io.wardwatt.optimize.runtime;

/**
 * One of the daily plan's site inputs: its figure, or null when there is none, and a phrase saying where it came from
 * or why it is missing (the scenario's description carries it, so whoever reads the plan sees what it stands on).
 */
record MeasuredInput<T>(T value, String source) {

    static <T> MeasuredInput<T> absent(String source) {
        return new MeasuredInput<>(null, source);
    }
}
