package io.wardwatt.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a meter measures, with the canonical unit consumption is reported in and the units accepted on a
 * point of that carrier (converted to the canonical one by {@link #toCanonical}).
 */
public enum EnergyCarrier {
    ELECTRICITY("kWh", Set.of("kWh", "MWh", "Wh")),
    NATURAL_GAS("m3", Set.of("m3", "Nm3")),
    STEAM("t", Set.of("t", "kg")),
    CHILLED_WATER("kWh", Set.of("kWh", "MWh", "GJ")),
    HEAT("GJ", Set.of("GJ", "MJ", "kWh", "MWh")),
    DIESEL("L", Set.of("L", "m3")),
    WATER("m3", Set.of("m3", "L"));

    private final String canonicalUnit;
    private final Set<String> units;

    EnergyCarrier(String canonicalUnit, Set<String> units) {
        this.canonicalUnit = canonicalUnit;
        this.units = units;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }

    public boolean accepts(String unit) {
        return units.contains(unit);
    }

    public Set<String> units() {
        return units;
    }

    /** The name in files and the API: lower case, e.g. {@code natural_gas}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EnergyCarrier> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** Converts a quantity in one of {@link #units()} to the canonical unit. */
    public double toCanonical(double quantity, String unit) {
        if (!accepts(unit)) {
            throw new IllegalArgumentException(code() + " is not measured in " + unit);
        }
        return quantity * factorToCanonical(unit);
    }

    private double factorToCanonical(String unit) {
        if (unit.equals(canonicalUnit)) {
            return 1.0;
        }
        return switch (this) {
            case ELECTRICITY, CHILLED_WATER -> switch (unit) {
                case "MWh" -> 1000.0;
                case "Wh" -> 0.001;
                case "GJ" -> 1e6 / 3600.0; // 1 GJ = 277.78 kWh
                default -> throw new IllegalStateException(unit);
            };
            case NATURAL_GAS -> 1.0; // Nm3 and m3 are both reported as metered volume
            case STEAM -> 0.001; // kg -> t
            case HEAT -> switch (unit) {
                case "MJ" -> 0.001;
                case "kWh" -> 0.0036;
                case "MWh" -> 3.6;
                default -> throw new IllegalStateException(unit);
            };
            case DIESEL -> 1000.0; // m3 -> L
            case WATER -> 0.001; // L -> m3
        };
    }
}
