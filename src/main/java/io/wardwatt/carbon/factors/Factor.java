package io.wardwatt.carbon.factors;

import java.math.BigDecimal;

/**
 * One published value of a factor set, as the file gives it.
 *
 * @param key        what it is a factor of within its category: the grid form, {@code fuel/parameter}, the gas,
 *                   the energy, or {@code heat}
 * @param region     {@code CN}, a province ({@code CN-SH}) or a regional grid ({@code CN-EAST})
 * @param year       the data year of a grid factor; the edition year of the guideline or standard otherwise
 * @param confidence {@code verified} (seen in a retrieved source) or {@code partly_verified} (one secondary source,
 *                   or derived from verified inputs)
 * @param note       free text, may be null
 */
public record Factor(String id, FactorCategory category, String key, String region, int year, BigDecimal value, FactorUnit unit,
        FactorSource source, String confidence, String note) {

    /** The value in the unit the ledger computes with (tCO2 per MWh, GJ per m3, tce per t, ...). */
    public BigDecimal canonicalValue() {
        return unit.canonical(value);
    }
}
