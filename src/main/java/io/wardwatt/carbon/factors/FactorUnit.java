package io.wardwatt.carbon.factors;

import io.wardwatt.carbon.QuantityUnit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The units factor values are published in, each turned into the unit the ledger computes with: a measure
 * per canonical activity unit (tCO2 per MWh, GJ per m3, tce per t, ...). A factor keeps its published value
 * and unit; {@link #canonical} is applied when it is used.
 */
public enum FactorUnit {

    TCO2_PER_MWH("tCO2/MWh", Measure.CO2, QuantityUnit.MWH, "1"),
    KGCO2_PER_KWH("kgCO2/kWh", Measure.CO2, QuantityUnit.MWH, "1"),
    TCO2_PER_GJ("tCO2/GJ", Measure.CO2, QuantityUnit.GJ, "1"),
    TCO2_PER_T("tCO2/t", Measure.CO2, QuantityUnit.T, "1"),
    TCO2_PER_10K_NM3("tCO2/10^4Nm3", Measure.CO2, QuantityUnit.M3, "0.0001"),
    GJ_PER_T("GJ/t", Measure.CALORIFIC_VALUE, QuantityUnit.T, "1"),
    GJ_PER_10K_NM3("GJ/10^4Nm3", Measure.CALORIFIC_VALUE, QuantityUnit.M3, "0.0001"),
    TC_PER_GJ("tC/GJ", Measure.CARBON_CONTENT, QuantityUnit.GJ, "1"),
    FRACTION("fraction", Measure.FRACTION, null, "1"),
    /** Per kg of gas; canonical tCO2e per kg. */
    KGCO2E_PER_KG("kgCO2e/kg", Measure.GWP, QuantityUnit.KG, "0.001"),
    KGCE_PER_KWH("kgce/kWh", Measure.STANDARD_COAL, QuantityUnit.MWH, "1"),
    KGCE_PER_MJ("kgce/MJ", Measure.STANDARD_COAL, QuantityUnit.GJ, "1"),
    KGCE_PER_GJ("kgce/GJ", Measure.STANDARD_COAL, QuantityUnit.GJ, "0.001"),
    KGCE_PER_M3("kgce/m3", Measure.STANDARD_COAL, QuantityUnit.M3, "0.001"),
    KGCE_PER_KG("kgce/kg", Measure.STANDARD_COAL, QuantityUnit.T, "1");

    /** What the numerator measures; canonical: tCO2, GJ, tC per GJ, a fraction, tCO2e, tce. */
    public enum Measure { CO2, CALORIFIC_VALUE, CARBON_CONTENT, FRACTION, GWP, STANDARD_COAL }

    private final String symbol;
    private final Measure measure;
    private final QuantityUnit per;
    private final BigDecimal scale;

    FactorUnit(String symbol, Measure measure, QuantityUnit per, String scale) {
        this.symbol = symbol;
        this.measure = measure;
        this.per = per;
        this.scale = new BigDecimal(scale);
    }

    public String symbol() {
        return symbol;
    }

    public Measure measure() {
        return measure;
    }

    /** The canonical activity unit the value is per; null for a fraction. */
    public QuantityUnit per() {
        return per;
    }

    /** The value in canonical units: tCO2 (tC, GJ, tce, tCO2e) per {@link #per()}. */
    public BigDecimal canonical(BigDecimal value) {
        return value.multiply(scale);
    }

    public static Optional<FactorUnit> of(String symbol) {
        return Arrays.stream(values()).filter(unit -> unit.symbol.equals(symbol)).findFirst();
    }

    /** The symbols of the units that measure this per that unit (null: any). */
    public static List<String> symbols(Measure measure, QuantityUnit per) {
        return Arrays.stream(values()).filter(unit -> unit.measure == measure && (per == null || unit.per == per)).map(FactorUnit::symbol).toList();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
