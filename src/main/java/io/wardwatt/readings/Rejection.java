package io.wardwatt.readings;

/**
 * One problem with one incoming reading: the item's position in the request, the field at fault
 * ({@code point}, {@code pointId}, {@code ts}, {@code value}, {@code quality}), why, and a sentence.
 * The adapter turns position and field into its own notation ({@code readings[3].ts}, {@code line 5, ts}).
 */
public record Rejection(int index, String field, RejectionReason reason, String problem) {
}
