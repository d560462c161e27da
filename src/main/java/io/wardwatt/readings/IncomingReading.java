package io.wardwatt.readings;

/**
 * One reading as a client sent it, before any check: each field is the text received (a JSON number's
 * literal, a CSV cell), or null when absent. The point is named by {@code point} ({@code SITE/POINT}) or by
 * {@code pointId}; {@code ts} is ISO-8601 with an offset; {@code quality} is a name or a code, good if absent.
 */
public record IncomingReading(String point, String pointId, String ts, String value, String quality) {
}
