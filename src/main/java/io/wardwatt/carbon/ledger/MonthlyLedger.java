package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.Region;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's carbon ledger for a site, computed by {@link LedgerCalculation}: the entries, the factors used and
 * why, and the three views. Figures are unrounded; the service stores and hashes them as {@link LedgerJson}
 * presents them.
 *
 * @param asOf                the calculation day: only factors published by then were considered
 * @param policy              {@link io.wardwatt.carbon.factors.FactorPolicy#ID}
 * @param estimatedGhgShare   share of the GHG total (scope 1 + location-based scope 2) from estimated activities, 0..1
 * @param estimatedEnergyShare share of the total tce from estimated activities, 0..1
 */
public record MonthlyLedger(YearMonth month, Region region, LocalDate asOf, FactorSet factorSet, String policy, List<UsedFactor> factorsUsed,
        List<LedgerEntry> entries, ComplianceView compliance, GhgProtocolView ghgProtocol, EnergyView energy, BigDecimal estimatedGhgShare,
        BigDecimal estimatedEnergyShare) {

    public MonthlyLedger {
        factorsUsed = List.copyOf(factorsUsed);
        entries = List.copyOf(entries);
    }
}
