package io.wardwatt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wardwatt.plant.PlantDefinitionReader;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.hospital.BuildingParameters;
import io.wardwatt.sim.hospital.CoolingLoadModel;
import io.wardwatt.sim.hospital.OutpatientVisits;
import io.wardwatt.sim.plant.CoolingTowers;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.SyntheticClimate;
import io.wardwatt.sim.weather.Weather;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo hospital's day as a scenario, built from the simulator's own physics so that the optimizer plans the
 * plant the simulator runs: cooling load from {@link CoolingLoadModel} on the synthetic Shanghai climate (the
 * {@code sim} command's default seed and midweek outpatients), condenser water from the towers' wet-bulb plus
 * approach law, the set-point ceiling from the outdoor dew point, a time-of-use tariff and the grid factor.
 * Each 30-minute slot's load is the mean of the model every 5 minutes (the slot's energy over its length).
 */
final class DemoDayScenario {

    static final int SLOT_MINUTES = 30;
    static final int SLOTS = 48;
    /** The {@code sim} command's default seed and the simulator's Wednesday outpatient visits (SimulatorSetup). */
    static final long WEATHER_SEED = 20250721L;
    static final double MIDWEEK_VISITS = 8_000;
    /** Chiller design: 3,500 kW at a design COP of about 5.5, so each tower cell rejects 3,500 × (1 + 1/5.5) kW. */
    static final double CHILLER_KW = 3_500;
    static final double CELL_REJECTION_KW = CHILLER_KW * (1 + 1 / 5.5);
    /** Conventional staging starts another chiller above 90 % of the running capacity: that many tower cells run. */
    static final double STAGE_UP_FRACTION = 0.9;
    /**
     * Outdoor air is dried on the coils to about 14.5 °C saturated (the load model's coil leaving state, 41 kJ/kg);
     * a wet coil leaves air some 6.5 K above the entering water, so when the outdoor dew point is above 14.5 °C
     * the supply water may be at most 8 °C; in dry hours the coils need no dehumidification and the plant's own
     * highest set-point (its plant file's rules) applies.
     */
    static final double COIL_LEAVING_DEW_POINT_C = 14.5;
    static final double HUMID_MAX_SUPPLY_C = 8.0;
    /**
     * East China regional grid average 2023, location-based: 0.5500 tCO2/MWh (MEE &amp; NBS 2023 electricity CO2
     * emission factors, reported 2026-01; carbon-factors reference row CN_GRID_REG_E_2023). No official hourly
     * factor exists, so every slot carries the annual value.
     */
    static final double GRID_KG_PER_KWH = 0.5500;
    /** The plant the days are planned for; its chillers, pumps, zones and rules come with it. */
    static final Path PLANT = Path.of("chiller-models/plants/demo-hospital.yaml");

    private final LocalDate date;

    private DemoDayScenario(LocalDate date) {
        this.date = date;
    }

    static DemoDayScenario forDate(LocalDate date) {
        return new DemoDayScenario(date);
    }

    String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(content()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> content() {
        ZoneId zone = HospitalSettings.SHANGHAI;
        Weather weather = new SyntheticClimate(ClimateNormals.SHANGHAI, WEATHER_SEED);
        CoolingLoadModel model = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL, weather,
                new OutpatientVisits(MIDWEEK_VISITS, zone), zone);
        CoolingTowers towers = new CoolingTowers(CELL_REJECTION_KW, 37.0);
        double plantMaxSupplyC = PlantDefinitionReader.readFile(PLANT).rules().supplyMaxC();
        List<Double> loads = new ArrayList<>();
        List<Double> condenser = new ArrayList<>();
        List<Double> maxSupply = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            Instant start = date.atStartOfDay(zone).toInstant().plusSeconds(slot * SLOT_MINUTES * 60L);
            double load = 0;
            double wetBulb = 0;
            double dewPoint = -100;
            int samples = SLOT_MINUTES / 5;
            for (int k = 0; k < samples; k++) {
                Instant at = start.plusSeconds(k * 300L);
                OutdoorConditions outdoor = weather.at(at);
                load += model.at(at).coolingKw() / samples;
                wetBulb += outdoor.wetBulbC() / samples;
                dewPoint = Math.max(dewPoint, outdoor.dewPointC());
            }
            int cells = (int) Math.max(1, Math.min(6, Math.ceil(load / (STAGE_UP_FRACTION * CHILLER_KW))));
            loads.add(round(load, 1));
            condenser.add(round(towers.leavingWaterC(wetBulb, load * (1 + 1 / 5.5), cells), 2));
            maxSupply.add(dewPoint > COIL_LEAVING_DEW_POINT_C ? HUMID_MAX_SUPPLY_C : plantMaxSupplyC);
        }
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", "demo-hospital " + date + " (" + season() + " " + date.getDayOfWeek().toString().toLowerCase() + ")");
        scenario.put("start", LocalDateTime.of(date, LocalTime.MIDNIGHT).toString());
        scenario.put("slotMinutes", SLOT_MINUTES);
        scenario.put("loadsKw", loads);
        scenario.put("plant", "../plants/" + PLANT.getFileName());
        Map<String, Object> temperatures = new LinkedHashMap<>();
        temperatures.put("condenserEnteringC", condenser);
        temperatures.put("maxSupplyC", maxSupply);
        scenario.put("temperatures", temperatures);
        scenario.put("tariff", ordered("periods", tariffPeriods()));
        scenario.put("carbonKgPerKwh", GRID_KG_PER_KWH);
        scenario.put("objective", ordered("costWeight", 1.0, "carbonWeight", 0.0));
        scenario.put("initialState", initialState(loads.get(0)));
        scenario.put("solver", ordered("timeLimitSeconds", 10, "unimprovedSeconds", 2, "seed", 0));
        return scenario;
    }

    private String season() {
        return switch (date.getMonth()) {
            case JUNE, JULY, AUGUST, SEPTEMBER -> "summer";
            case DECEMBER, JANUARY, FEBRUARY, MARCH -> "winter";
            default -> "shoulder";
        };
    }

    /**
     * A representative Chinese commercial time-of-use tariff, not a utility's price list: peak 1.20, flat 0.72,
     * valley 0.30 CNY/kWh (peak to valley 4:1) and in July and August a critical peak at 1.44 (peak + 20 %) from
     * 13:00 to 15:00, the minimum ratios NDRC's notice on time-of-use pricing (发改价格〔2021〕1093号) asks of
     * provinces with a large peak-valley load difference.
     */
    List<Map<String, Object>> tariffPeriods() {
        boolean criticalMonths = date.getMonth() == Month.JULY || date.getMonth() == Month.AUGUST;
        List<Map<String, Object>> periods = new ArrayList<>();
        periods.add(period("valley", "22:00", "06:00", 0.30));
        periods.add(period("flat", "06:00", "08:00", 0.72));
        periods.add(period("peak", "08:00", "11:00", 1.20));
        periods.add(period("flat", "11:00", "13:00", 0.72));
        periods.add(criticalMonths ? period("critical-peak", "13:00", "15:00", 1.44) : period("peak", "13:00", "15:00", 1.20));
        periods.add(period("flat", "15:00", "18:00", 0.72));
        periods.add(period("peak", "18:00", "21:00", 1.20));
        periods.add(period("flat", "21:00", "22:00", 0.72));
        return periods;
    }

    private static Map<String, Object> period(String name, String from, String to, double price) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("name", name);
        period.put("from", from);
        period.put("to", to);
        period.put("pricePerKwh", price);
        return period;
    }

    /** At midnight the plant runs what conventional staging needs for the first slot, CH1 first, for ten hours. */
    private static List<Map<String, Object>> initialState(double firstLoadKw) {
        int running = (int) Math.max(1, Math.min(6, Math.ceil(firstLoadKw / (STAGE_UP_FRACTION * CHILLER_KW))));
        List<Map<String, Object>> states = new ArrayList<>();
        for (int i = 1; i <= running; i++) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("chiller", "CH" + i);
            state.put("on", true);
            state.put("minutesInState", 600);
            states.add(state);
        }
        return states;
    }

    /** A map that keeps the order its keys are written in, so that a regenerated file differs only where data does. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
