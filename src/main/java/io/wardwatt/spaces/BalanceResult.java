package io.wardwatt.spaces;

import java.util.List;

/**
 * One meter group over a period.
 *
 * @param parentTotal   the parent meters' consumption in the carrier's canonical unit, null without readings
 * @param childrenTotal the child meters' consumption added up, null when any child has no readings
 * @param deviation     (parent − children) / parent: positive when the parent measured more (losses, unmetered load)
 * @param imbalanced    whether |deviation| is above the loss allowance
 * @param note          why no judgement could be made, or null
 */
public record BalanceResult(String group, String carrier, String unit, String space, List<String> parents, List<String> children,
                            Double parentTotal, Double childrenTotal, Double deviation, double lossAllowance, boolean imbalanced,
                            String note) {
}
