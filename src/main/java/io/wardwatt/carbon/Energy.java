package io.wardwatt.carbon;

import java.util.Arrays;
import java.util.Optional;

/**
 * An energy the hospital buys or burns, with the unit the ledger counts it in (its canonical unit): emission
 * factors and standard-coal coefficients are per this unit, activities are converted to it.
 */
public enum Energy {

    ELECTRICITY("electricity", QuantityUnit.MWH, false),
    HEAT("heat", QuantityUnit.GJ, false),
    /** Pipeline natural gas by volume at standard conditions (Nm3). */
    NATURAL_GAS("natural_gas", QuantityUnit.M3, true),
    DIESEL("diesel", QuantityUnit.T, true),
    LPG("lpg", QuantityUnit.T, true);

    private final String code;
    private final QuantityUnit canonicalUnit;
    private final boolean fuel;

    Energy(String code, QuantityUnit canonicalUnit, boolean fuel) {
        this.code = code;
        this.canonicalUnit = canonicalUnit;
        this.fuel = fuel;
    }

    /** The name in files: {@code natural_gas}. */
    public String code() {
        return code;
    }

    public QuantityUnit canonicalUnit() {
        return canonicalUnit;
    }

    /** Burnt on site (scope 1), as opposed to bought as electricity or heat (scope 2). */
    public boolean fuel() {
        return fuel;
    }

    public static Optional<Energy> of(String code) {
        return Arrays.stream(values()).filter(energy -> energy.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
