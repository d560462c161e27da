package io.wardwatt.carbon.factors;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a fuel's CO2 factor is given: either the three parameters of the NDRC formula
 * (tCO2 = quantity × NCV × carbon content × oxidation × 44/12) or one published composite per unit of fuel.
 */
public enum FuelParameter {

    NCV("ncv"),
    CARBON_CONTENT("carbon_content"),
    OXIDATION("oxidation"),
    COMPOSITE("composite");

    private final String code;

    FuelParameter(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FuelParameter> of(String code) {
        return Arrays.stream(values()).filter(parameter -> parameter.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
