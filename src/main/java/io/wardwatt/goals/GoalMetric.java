package io.wardwatt.goals;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a target reduces, with the unit progress is shown in. */
public enum GoalMetric {
    TOTAL_ENERGY_TCE("total-energy-tce", "tce"),
    ENERGY_PER_M2("energy-per-m2", "kgce/m2"),
    ENERGY_PER_VISIT("energy-per-visit", "kgce/visit"),
    ENERGY_PER_BED_DAY("energy-per-bed-day", "kgce/bed-day"),
    ELECTRICITY("electricity", "kWh"),
    NATURAL_GAS("natural-gas", "m3"),
    STEAM("steam", "t");

    private final String code;
    private final String unit;

    GoalMetric(String code, String unit) {
        this.code = code;
        this.unit = unit;
    }

    public String code() {
        return code;
    }

    public String unit() {
        return unit;
    }

    public static Optional<GoalMetric> of(String code) {
        return Arrays.stream(values()).filter(metric -> metric.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(GoalMetric::code).collect(Collectors.joining(", "));
    }
}
