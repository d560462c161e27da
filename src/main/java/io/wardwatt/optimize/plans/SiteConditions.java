package io.wardwatt.optimize.plans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the site's own meters say the daily plan should start from, written into the scenario's {@code site} object so
 * that a replay plans with the same figures. A null value is absent: the plan then does without it (no other
 * electricity: no demand charge; no factor or state of charge: the plant file's).
 *
 * @param otherElectricityKw the site's electricity other than the chiller plant, kW per slot
 * @param monthPeakSoFarKw the highest 15-minute grid import of the month before the plan's day
 * @param pvScaleFactor the PV model's scale factor fitted to the PV meter (null when the plant file's stands)
 * @param initialStateOfChargeKwh the battery's energy at the plan's start
 * @param sources where each came from, or why it is absent, one phrase each (for the scenario's description)
 */
public record SiteConditions(List<Double> otherElectricityKw, Double monthPeakSoFarKw, Double pvScaleFactor, Double initialStateOfChargeKwh,
        List<String> sources) {

    /** The scenario's keys, under {@code site}. */
    public static final String OTHER_ELECTRICITY_KW = "otherElectricityKw";
    public static final String MONTH_PEAK_SO_FAR_KW = "monthPeakSoFarKw";
    public static final String PV_SCALE_FACTOR = "pvScaleFactor";
    public static final String INITIAL_STATE_OF_CHARGE_KWH = "initialStateOfChargeKwh";

    /** Nothing measured (a scenario without a {@code site} object). */
    public static final SiteConditions NONE = new SiteConditions(null, null, null, null, List.of());

    public SiteConditions {
        otherElectricityKw = otherElectricityKw == null ? null : Collections.unmodifiableList(new ArrayList<>(otherElectricityKw));
        sources = List.copyOf(sources);
        if (otherElectricityKw != null && otherElectricityKw.stream().anyMatch(kw -> kw == null || !Double.isFinite(kw))) {
            throw new IllegalArgumentException("other electricity needs a finite kW in every slot: " + otherElectricityKw);
        }
        for (Double value : new Double[] {monthPeakSoFarKw, pvScaleFactor, initialStateOfChargeKwh}) {
            if (value != null && !(Double.isFinite(value) && value >= 0)) {
                throw new IllegalArgumentException("month peak, PV scale factor and state of charge are finite and not negative, got " + value);
            }
        }
    }

    /** Whether the scenario gets a {@code site} object at all. */
    public boolean any() {
        return otherElectricityKw != null || monthPeakSoFarKw != null || pvScaleFactor != null || initialStateOfChargeKwh != null;
    }
}
