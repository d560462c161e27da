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

    private static final Set<String> KEYS = Set.of("otherElectricityKw", "monthPeakSoFarKw", "batteryStateOfChargeFraction");

    private final LocatedFields document;

    public SiteSection(LocatedFields document) {
        this.document = document;
    }

    /**
     * @param slots the scenario's slots (as many as {@code loadsKw})
     * @param battery the plant file's battery (null: none), against whose minimum the start state is checked
     * @return null when the scenario has no {@code site} or it has problems (then reported, with line and path)
     */
    public SiteInputs read(JsonNode root, int slots, BatteryDefinition battery) {
        JsonNode site = document.object(root, "", "site", false);
        if (site == null) {
            return null;
        }
        int before = document.problems().size();
        document.knownKeys(site, "site", KEYS);
        if (!LocatedFields.present(site.get("otherElectricityKw"))) {
            document.problem("site.otherElectricityKw", "missing: the site's electricity other than the chiller plant, kW, one number or one"
                    + " per slot");
        }
        double[] other = PerSlotValues.read(document, site, "site", "otherElectricityKw", slots, 0, 0, 1e6);
        double peak = document.number(site, "site", "monthPeakSoFarKw", 0, 0, 1e7);
        // absent: the plant file's initial state (NaN as a fallback would make the key required)
        double fraction = LocatedFields.present(site.get("batteryStateOfChargeFraction"))
                ? document.number(site.get("batteryStateOfChargeFraction"), "site.batteryStateOfChargeFraction", 0, 1) : Double.NaN;
        if (!Double.isNaN(fraction) && battery == null) {
            document.problem("site.batteryStateOfChargeFraction", "the plant file has no battery");
        } else if (!Double.isNaN(fraction) && fraction < battery.minStateOfChargeFraction()) {
            document.problem("site.batteryStateOfChargeFraction", format(fraction) + " is below battery " + battery.id()
                    + "'s minStateOfChargeFraction " + format(battery.minStateOfChargeFraction()));
        }
        if (other == null || Double.isNaN(peak) || document.problems().size() > before) {
            return null;
        }
        return new SiteInputs(other, peak, fraction, 0, null, null);
    }
}
