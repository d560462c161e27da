package io.wardwatt.carbon.activity;

import io.wardwatt.carbon.Energy;
import io.wardwatt.carbon.QuantityUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of activity a month's ledger counts. {@code electricity} is everything bought from the grid as the
 * meters count it, green power included; {@code green_electricity} says how much of that purchase is covered by
 * green-power trades or cancelled green certificates (GEC), so it is part of {@code electricity}, not extra energy.
 */
public enum CarrierKind {

    ELECTRICITY("electricity", Energy.ELECTRICITY, "grid electricity bought (all of it, green power included)"),
    GREEN_ELECTRICITY("green_electricity", Energy.ELECTRICITY, "the part of electricity covered by green-power trades or certificates"),
    PV_GENERATED("pv_generated", Energy.ELECTRICITY, "on-site PV generation (memo)"),
    PV_SELF_CONSUMED("pv_self_consumed", Energy.ELECTRICITY, "on-site PV used on site"),
    PV_EXPORTED("pv_exported", Energy.ELECTRICITY, "on-site PV fed into the grid"),
    NATURAL_GAS("natural_gas", Energy.NATURAL_GAS, "pipeline natural gas burnt, by volume at standard conditions"),
    DIESEL("diesel", Energy.DIESEL, "diesel burnt (generators, boilers, own vehicles)"),
    LPG("lpg", Energy.LPG, "liquefied petroleum gas burnt"),
    HEAT("heat", Energy.HEAT, "steam or hot water bought"),
    REFRIGERANT("refrigerant", null, "a refrigerant top-up, refrigerant:<gas>, e.g. refrigerant:R-134a");

    private final String code;
    private final Energy energy;
    private final String meaning;

    CarrierKind(String code, Energy energy, String meaning) {
        this.code = code;
        this.energy = energy;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    /** The energy it is; null for a refrigerant. */
    public Energy energy() {
        return energy;
    }

    public String meaning() {
        return meaning;
    }

    /** The unit the ledger counts it in: the energy's, or kg of gas. */
    public QuantityUnit canonicalUnit() {
        return energy == null ? QuantityUnit.KG : energy.canonicalUnit();
    }

    /** The units it may be given in: meaningful ones only (no electricity in m3, no gas in t). */
    public List<QuantityUnit> units() {
        return switch (this) {
            case NATURAL_GAS -> List.of(QuantityUnit.M3);
            case DIESEL, LPG -> List.of(QuantityUnit.T, QuantityUnit.KG);
            case REFRIGERANT -> List.of(QuantityUnit.KG, QuantityUnit.T);
            case HEAT -> List.of(QuantityUnit.GJ, QuantityUnit.MWH, QuantityUnit.KWH);
            default -> List.of(QuantityUnit.KWH, QuantityUnit.MWH, QuantityUnit.GJ);
        };
    }

    /** Why a unit does not fit, and what would. */
    public String unitHint() {
        String accepted = String.join(", ", units().stream().map(QuantityUnit::symbol).toList());
        return switch (this) {
            case NATURAL_GAS -> "natural_gas is counted by volume in m3 at standard conditions; its calorific value comes from the factor set";
            case DIESEL, LPG -> code + " is counted by mass (" + accepted + "); a volume would need the fuel's density";
            case HEAT -> "heat is counted as energy (" + accepted + "); steam by mass needs its enthalpy: GJ = t x (h - 83.74 kJ/kg) / 1000";
            case REFRIGERANT -> "a refrigerant top-up is counted by mass (" + accepted + ")";
            default -> code + " is electrical energy (" + accepted + ")";
        };
    }

    public static Optional<CarrierKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
