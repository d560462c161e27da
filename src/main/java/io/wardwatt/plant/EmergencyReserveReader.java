package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The optional {@code emergencyReserve} section of a plant file: the night emergency loads, how long the battery
 * must carry them and the window in which it holds that energy. A reserve that the battery's usable capacity
 * ({@code capacity × (1 − minStateOfChargeFraction)}) cannot hold, or a reserve without a battery, is refused.
 */
public final class EmergencyReserveReader {

    static final String SECTION = "emergencyReserve";
    private static final Set<String> KEYS = Set.of("loads", "hours", "window");
    private static final Set<String> LOAD_KEYS = Set.of("name", "kw");

    private final LocatedFields fields;

    public EmergencyReserveReader(LocatedFields fields) {
        this.fields = fields;
    }

    /**
     * @param battery the file's battery as read (null when it has none, or its section has problems: then the
     *        reserve is checked on its own only)
     */
    public EmergencyReserve read(JsonNode root, BatteryDefinition battery) {
        JsonNode node = fields.object(root, "", SECTION, false);
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        String path = SECTION;
        fields.knownKeys(node, path, KEYS);
        if (!LocatedFields.present(root.get(BatteryReader.SECTION))) {
            fields.problem(path, "the plant file has no battery to hold the reserve");
        }
        List<EmergencyReserve.Load> loads = loads(node, path);
        double hours = fields.numberIn(node, path, "hours", Double.NaN, Double.MIN_VALUE, 48, "a duration in (0, 48] hours");
        ClockWindow window = ClockTimeField.window(fields, node, path, "window", true);
        if (fields.problems().size() > before) {
            return null;
        }
        EmergencyReserve reserve = new EmergencyReserve(loads, hours, window);
        if (battery != null && reserve.energyKwh(battery) > battery.usableKwh() + 1e-9) {
            fields.problem(path, String.format(Locale.ROOT, "needs %s kWh (%s kW for %s h at %s discharge efficiency), more than battery %s's"
                    + " usable %s kWh (capacity %s kWh above minimum %s)", format(reserve.energyKwh(battery)), format(reserve.loadKw()),
                    format(hours), format(battery.dischargeEfficiency()), battery.id(), format(battery.usableKwh()),
                    format(battery.capacityKwh()), format(battery.minStateOfChargeFraction())));
            return null;
        }
        return reserve;
    }

    private List<EmergencyReserve.Load> loads(JsonNode node, String path) {
        List<EmergencyReserve.Load> loads = new ArrayList<>();
        List<JsonNode> entries = fields.list(node, path, "loads", true);
        for (int i = 0; i < entries.size(); i++) {
            String where = path + ".loads[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(where, "must be a mapping {name, kw}");
                continue;
            }
            fields.knownKeys(entry, where, LOAD_KEYS);
            String name = fields.text(entry, where, "name");
            double kw = fields.positive(entry, where, "kw", 1e6);
            if (name != null && !Double.isNaN(kw)) {
                loads.add(new EmergencyReserve.Load(name, kw));
            }
        }
        return loads;
    }
}
