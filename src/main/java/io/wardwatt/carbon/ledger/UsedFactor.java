package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.factors.FactorChoice;

/**
 * A factor a ledger used, with what for: the ledger records each with the policy's reason, so that a later
 * reader sees which published value entered which figure.
 *
 * @param role e.g. {@code grid electricity: compliance and location-based}
 */
public record UsedFactor(String role, FactorChoice choice) {
}
