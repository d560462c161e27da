package io.wardwatt.carbon.factors;

/**
 * The factor the policy picked for a month, a region and a need, and why: recorded on the ledger.
 *
 * @param level  where the value comes from relative to the site
 * @param reason in words, e.g. {@code CN-SH (province): data year 2022, the newest up to 2025 published by 2026-11-22}
 */
public record FactorChoice(Factor factor, RegionLevel level, String reason) {
}
