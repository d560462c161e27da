package io.wardwatt.carbon.closing;

import java.util.List;

/**
 * What verifying a closed ledger found: each check with its outcome, and where a stored text and the one computed
 * again from the raw readings and the stored entries differ.
 *
 * @param ok true when every check passed
 */
public record Verification(String site, String month, int version, boolean ok, String contentHash, List<Check> checks,
        List<Difference> differences) {

    /** At most this many differences per text are listed. */
    public static final int MAX_DIFFERENCES = 50;

    public Verification {
        checks = List.copyOf(checks);
        differences = List.copyOf(differences);
    }

    /** One check: {@code content hash}, {@code chain}, {@code factor set}, {@code activities}, {@code ledger}. */
    public record Check(String check, boolean ok, String detail) {
    }

    /**
     * @param in    {@code ledger}, {@code activities}, or a stored field
     * @param where a JSON pointer into it
     */
    public record Difference(String in, String where, String stored, String recomputed) {
    }

    /** Every leaf where the stored text and the recomputed one differ (none when equal). */
    public static List<Difference> differences(String what, String stored, String recomputed) {
        return stored.equals(recomputed) ? List.of() : JsonDifferences.between(what, stored, recomputed, MAX_DIFFERENCES);
    }
}
