package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.activity.Activity;
import io.wardwatt.carbon.factors.Factor;
import java.math.BigDecimal;
import java.util.List;

/**
 * One activity as the ledger counts it. Figures are unrounded; {@link LedgerJson} rounds them for presentation.
 *
 * @param quantity       the activity in its carrier's canonical unit ({@code unit})
 * @param factors        the published factors applied, as published
 * @param emissionFactor tCO2 (tCO2e for a gas) per canonical unit, derived from {@code factors}; null when none applies
 * @param method         how the emission was computed, in words
 * @param complianceTco2 its part of the compliance total (negative for PV exported: it is deducted from purchases)
 * @param ghgScope       where it counts in the GHG Protocol view
 * @param ghgTco2e       its CO2e in that scope (location-based for scope 2); a memo item's CO2e is shown, not totalled
 * @param tce            tonnes of standard coal equivalent
 * @param renewable      the tce is on-site renewable energy, shown apart from purchased energy
 */
public record LedgerEntry(Activity activity, BigDecimal quantity, QuantityUnit unit, List<Factor> factors, BigDecimal emissionFactor,
        String method, BigDecimal complianceTco2, GhgScope ghgScope, BigDecimal ghgTco2e, BigDecimal tce, boolean renewable) {

    public LedgerEntry {
        factors = List.copyOf(factors);
    }
}
