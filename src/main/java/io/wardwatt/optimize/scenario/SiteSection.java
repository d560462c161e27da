package io.wardwatt.optimize.scenario;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.optimize.SiteInputs;
import io.wardwatt.plant.BatteryDefinition;
import java.util.Set;

/**
 * The scenario's optional {@code site}: the site's electricity other than the chiller plant per slot, the grid
 * demand already reached this month, and the battery's state at the start when it is not the plant file's. Weather
 * and the tariff's demand charge are added by the reader of those sections ({@link SiteInputs#withWeather},
 * {@link SiteInputs#withDemandCharge}).
 */
public final class SiteSection {

    private static final Set<String> KEYS = Set.of("otherElectricityKw", "monthPeakSoFarKw", "initialStateOfChargeKwh", "pvScaleFactor");

    private final LocatedFields document;
    private double pvScaleFactor = Double.NaN;
    private boolean otherElectricityGiven;

    public SiteSection(LocatedFields document) {
        this.document = document;
    }

    /**
     * @param slots the scenario's slots (as many as {@code loadsKw})
     * @param battery the plant file's battery (null: none), against whose minimum and capacity the start state is checked
     * @param photovoltaic whether the plant file has PV (a scale factor without it is refused)
     * @return null when the scenario has no {@code site} or it has problems (then reported, with line and path)
     */
    public SiteInputs read(JsonNode root, int slots, BatteryDefinition battery, boolean photovoltaic) {
        JsonNode site = document.object(root, "", "site", false);
        if (site == null) {
            return null;
        }
        int before = document.problems().size();
        document.knownKeys(site, "site", KEYS);
        // Absent when the meters could not tell it: taken as 0, and then no demand charge can be planned (its peak is unknown).
        otherElectricityGiven = LocatedFields.present(site.get("otherElectricityKw"));
        double[] other = PerSlotValues.read(document, site, "site", "otherElectricityKw", slots, 0, 0, 1e6);
        double peak = document.number(site, "site", "monthPeakSoFarKw", 0, 0, 1e7);
        double fraction = startFraction(site, battery);
        if (LocatedFields.present(site.get("pvScaleFactor"))) {
            pvScaleFactor = document.number(site.get("pvScaleFactor"), "site.pvScaleFactor", 0.01, 10);
            if (!photovoltaic) {
                document.problem("site.pvScaleFactor", "the plant file has no photovoltaic section");
            }
        }
        if (other == null || Double.isNaN(peak) || document.problems().size() > before) {
            return null;
        }
        return new SiteInputs(other, peak, fraction, 0, null, null);
    }

    /** Whether the scenario gave the site's other electricity (the demand charge is planned only then). */
    public boolean otherElectricityGiven() {
        return otherElectricityGiven;
    }

    /** The PV model's scale factor the scenario gives (fitted to the PV meter), NaN when the plant file's stands. */
    public double pvScaleFactor() {
        return pvScaleFactor;
    }

    /** The battery's state at the start as a fraction of its capacity; absent: NaN, the plant file's initial state. */
    private double startFraction(JsonNode site, BatteryDefinition battery) {
        String path = "site.initialStateOfChargeKwh";
        if (!LocatedFields.present(site.get("initialStateOfChargeKwh"))) {
            return Double.NaN;
        }
        if (battery == null) {
            document.problem(path, "the plant file has no battery");
            return Double.NaN;
        }
        double kwh = document.number(site.get("initialStateOfChargeKwh"), path, 0, battery.capacityKwh());
        if (Double.isNaN(kwh)) {
            return Double.NaN;
        }
        double minimum = battery.minStateOfChargeFraction() * battery.capacityKwh();
        if (kwh < minimum - 1e-9) {
            document.problem(path, format(kwh) + " kWh is below battery " + battery.id() + "'s minimum " + format(minimum) + " kWh"
                    + " (minStateOfChargeFraction " + format(battery.minStateOfChargeFraction()) + ")");
            return Double.NaN;
        }
        return kwh / battery.capacityKwh();
    }
}
