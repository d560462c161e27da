package io.wardwatt.spaces;

import java.time.Instant;
import java.util.List;

/** Every meter group of a site judged over one period, and the alerts raised (empty when only looked at). */
public record BalanceReport(String site, String period, Instant from, Instant to, double lossAllowance, List<BalanceResult> groups,
                            List<Long> alertIds) {
}
