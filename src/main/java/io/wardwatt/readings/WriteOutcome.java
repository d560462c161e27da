package io.wardwatt.readings;

/**
 * What storing one batch did: {@code inserted} new readings, {@code duplicates} readings whose (point, ts)
 * was already stored (or came twice in the batch) and were left as they were, of which {@code conflicting}
 * carried another value than the one kept. The first write wins; a duplicate never changes a stored value.
 */
public record WriteOutcome(int inserted, int duplicates, int conflicting) {

    public WriteOutcome {
        if (inserted < 0 || duplicates < 0 || conflicting < 0 || conflicting > duplicates) {
            throw new IllegalArgumentException("impossible outcome " + inserted + "/" + duplicates + "/" + conflicting);
        }
    }

    public static WriteOutcome allNew(int count) {
        return new WriteOutcome(count, 0, 0);
    }

    public int total() {
        return inserted + duplicates;
    }
}
