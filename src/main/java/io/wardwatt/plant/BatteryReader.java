package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.Set;

/**
 * The optional {@code battery} section of a plant file (format in {@code chiller-models/README.md}, "Site
 * energy"): capacity, power limits, one-way efficiencies, state-of-charge limits and the conventional timetable.
 * Problems are added to the file's list, each with line and path; a section with any problem yields null.
 */
public final class BatteryReader {

    static final String SECTION = "battery";
    private static final Set<String> KEYS = Set.of("id", "capacityKwh", "maxChargeKw", "maxDischargeKw", "chargeEfficiency",
            "dischargeEfficiency", "minStateOfChargeFraction", "initialStateOfChargeFraction", "conventionalTimetable");
    private static final Set<String> TIMETABLE_KEYS = Set.of("charge", "discharge");
    private static final Set<String> WINDOW_KEYS = Set.of("from", "to", "kw");

    private final LocatedFields fields;

    public BatteryReader(LocatedFields fields) {
        this.fields = fields;
    }

    /** The section under {@code root}, or null when the file has none or it has problems (then reported). */
    public BatteryDefinition read(JsonNode root) {
        JsonNode node = fields.object(root, "", SECTION, false);
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        String path = SECTION;
        fields.knownKeys(node, path, KEYS);
        String id = fields.text(node, path, "id", "BESS");
        double capacity = fields.positive(node, path, "capacityKwh", 1e7);
        double maxCharge = fields.positive(node, path, "maxChargeKw", 1e7);
        double maxDischarge = fields.positive(node, path, "maxDischargeKw", 1e7);
        double chargeEfficiency = efficiency(node, path, "chargeEfficiency");
        double dischargeEfficiency = efficiency(node, path, "dischargeEfficiency");
        double minimum = fields.numberIn(node, path, "minStateOfChargeFraction", 0, 0, 0.95, "a fraction of the capacity in 0..0.95");
        double initial = fields.numberIn(node, path, "initialStateOfChargeFraction", 1, 0, 1, "a fraction of the capacity in 0..1");
        if (initial < minimum) {
            fields.problem(path + ".initialStateOfChargeFraction", format(initial) + " is below minStateOfChargeFraction " + format(minimum));
        }
        BatteryTimetable timetable = timetable(node, path, maxCharge, maxDischarge);
        if (fields.problems().size() > before) {
            return null;
        }
        return new BatteryDefinition(id, capacity, maxCharge, maxDischarge, chargeEfficiency, dischargeEfficiency, minimum, initial, timetable);
    }

    private double efficiency(JsonNode node, String path, String key) {
        return fields.numberIn(node, path, key, Double.NaN, Double.MIN_VALUE, 1, "a one-way efficiency in (0, 1]");
    }

    private BatteryTimetable timetable(JsonNode battery, String path, double maxCharge, double maxDischarge) {
        JsonNode node = fields.object(battery, path, "conventionalTimetable", false);
        if (node == null) {
            return null;
        }
        String where = path + ".conventionalTimetable";
        fields.knownKeys(node, where, TIMETABLE_KEYS);
        JsonNode charge = fields.object(node, where, "charge", true);
        JsonNode discharge = fields.object(node, where, "discharge", true);
        if (charge == null || discharge == null) {
            return null;
        }
        ClockWindow chargeWindow = window(charge, where + ".charge");
        ClockWindow dischargeWindow = window(discharge, where + ".discharge");
        double chargeKw = power(charge, where + ".charge", maxCharge, "maxChargeKw");
        double dischargeKw = power(discharge, where + ".discharge", maxDischarge, "maxDischargeKw");
        if (chargeWindow == null || dischargeWindow == null || Double.isNaN(chargeKw + dischargeKw)) {
            return null;
        }
        for (int minute = 0; minute < ClockWindow.DAY_MINUTES; minute++) {
            if (chargeWindow.overlapMinutes(minute, 1) > 0 && dischargeWindow.overlapMinutes(minute, 1) > 0) {
                fields.problem(where + ".discharge", "overlaps the charge window " + chargeWindow.text() + " from " + ClockWindow.clock(minute)
                        + "; the battery cannot charge and discharge at once");
                return null;
            }
        }
        return new BatteryTimetable(chargeWindow, chargeKw, dischargeWindow, dischargeKw);
    }

    private ClockWindow window(JsonNode node, String where) {
        fields.knownKeys(node, where, WINDOW_KEYS);
        return ClockTimeField.window(fields, node, where);
    }

    private double power(JsonNode node, String where, double limit, String limitKey) {
        double kw = fields.numberIn(node, where, "kw", Double.NaN, 0, Double.MAX_VALUE, "a power ≥ 0 kW");
        if (kw > limit) {
            fields.problem(where + ".kw", format(kw) + " kW is above battery." + limitKey + " " + format(limit) + " kW");
            return Double.NaN;
        }
        return kw;
    }
}
