package io.wardwatt.carbon.factors;

import java.util.Arrays;
import java.util.Optional;

/** What a factor is for. The code is how factor set files name it. */
public enum FactorCategory {

    /** tCO2 per MWh consumed from the grid, by region and data year; keyed by its {@link GridForm}. */
    GRID_ELECTRICITY("grid_electricity"),
    /** A fuel's calorific value, carbon content and oxidation rate, or a published composite; keyed {@code fuel/parameter}. */
    FUEL_COMBUSTION("fuel_combustion"),
    /** tCO2 per GJ of purchased steam or hot water; one key, {@code heat}. */
    HEAT("heat"),
    /** kgCO2e per kg of a gas, from the set's one IPCC report; keyed by the gas's name. */
    REFRIGERANT_GWP("refrigerant_gwp"),
    /** Standard coal equivalent per unit of an energy (GB/T 2589); keyed by the energy's code. */
    STANDARD_COAL("standard_coal");

    private final String code;

    FactorCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FactorCategory> of(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
