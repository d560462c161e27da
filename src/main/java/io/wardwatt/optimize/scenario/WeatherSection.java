package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.climate.MoistAir;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.optimize.SlotWeather;
import java.util.Set;

/**
 * A scenario's optional {@code weather}: outdoor dry bulb and relative humidity (required), global horizontal
 * irradiance (optional) per slot — each one number for every slot or a list of one per slot — and one station
 * pressure (optional, standard atmosphere by default). Wet bulb and dew point follow by psychrometrics.
 */
final class WeatherSection {

    private static final Set<String> KEYS = Set.of("dryBulbC", "relativeHumidityPercent", "solarWm2", "pressureKpa");

    private final LocatedFields document;

    WeatherSection(LocatedFields document) {
        this.document = document;
    }

    /** Each slot's weather; null when the scenario has none or a value is wrong (the problems say which). */
    SlotWeather[] read(JsonNode node, int slots) {
        if (node == null) {
            return null;
        }
        String path = "weather";
        document.knownKeys(node, path, KEYS);
        int before = document.problems().size();
        for (String required : new String[] {"dryBulbC", "relativeHumidityPercent"}) {
            if (!LocatedFields.present(node.get(required))) {
                document.problem(LocatedFields.child(path, required), "missing: the wet bulb and dew point are worked out from dry bulb and"
                        + " relative humidity, per slot");
            }
        }
        double[] dryBulb = PerSlotValues.read(document, node, path, "dryBulbC", slots, Double.NaN, -50, 60);
        double[] humidity = PerSlotValues.read(document, node, path, "relativeHumidityPercent", slots, Double.NaN, 0, 100);
        double[] solar = PerSlotValues.read(document, node, path, "solarWm2", slots, Double.NaN, 0, 1400);
        double pressure = document.number(node, path, "pressureKpa", MoistAir.STANDARD_PRESSURE_KPA, 50, 110);
        if (humidity != null) {
            for (int i = 0; i < slots; i++) {
                if (humidity[i] == 0) {
                    String where = node.get("relativeHumidityPercent").isArray() ? path + ".relativeHumidityPercent[" + i + "]"
                            : path + ".relativeHumidityPercent";
                    document.problem(where, "must be above 0 % (bone-dry air has no dew point)");
                    break;
                }
            }
        }
        if (document.problems().size() > before || dryBulb == null || humidity == null || solar == null || Double.isNaN(pressure)) {
            return null;
        }
        SlotWeather[] weather = new SlotWeather[slots];
        for (int i = 0; i < slots; i++) {
            weather[i] = SlotWeather.of(dryBulb[i], humidity[i], solar[i], pressure);
        }
        return weather;
    }
}
