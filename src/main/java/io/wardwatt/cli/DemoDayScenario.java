package io.wardwatt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wardwatt.forecast.weather.EpwReader;
import io.wardwatt.forecast.weather.EpwRow;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.hospital.BuildingParameters;
import io.wardwatt.sim.hospital.CoolingLoadModel;
import io.wardwatt.sim.hospital.OutpatientVisits;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.SyntheticClimate;
import io.wardwatt.sim.weather.Weather;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo hospital's day as a scenario, built from the simulator's own physics so that the optimizer plans the
 * plant the simulator runs: cooling load from {@link CoolingLoadModel} on the synthetic Shanghai climate (the
 * {@code sim} command's default seed and midweek outpatients), the outdoor weather of the same month and day from a
 * typical-year EPW file (the Shanghai CSWD file; it cannot be shipped, so its path is given), a time-of-use tariff and
 * the grid factor. The plant file's towers then choose the condenser water from that weather, and its
 * dehumidification table caps the supply set-point by the dew point. Each 30-minute slot's load is the mean of the
 * model every 5 minutes (the slot's energy over its length); each slot takes the weather of the EPW hour it lies in
 * (an EPW row's hour N covers (N−1, N]), so the two slots of an hour repeat its values.
 */
final class DemoDayScenario {

    static final int SLOT_MINUTES = 30;
    static final int SLOTS = 48;
    /** The {@code sim} command's default seed and the simulator's Wednesday outpatient visits (SimulatorSetup). */
    static final long WEATHER_SEED = 20250721L;
    static final double MIDWEEK_VISITS = 8_000;
    /** Chiller design capacity, kW: conventional staging starts another above 90 % of the running capacity. */
    static final double CHILLER_KW = 3_500;
    static final double STAGE_UP_FRACTION = 0.9;
    /**
     * The grid factor the ledger books Shanghai's electricity with: the provincial average of data year 2022,
     * 0.5849 tCO2/MWh (carbon-factors/cn/cn-2026-11.yaml, CN_GRID_PROV_SH_2022), as the service's daily plans take
     * it. No official hourly factor exists, so every slot carries the annual value.
     */
    static final double GRID_KG_PER_KWH = 0.5849;
    /** The service's daily tariff: Shanghai's two-part 10 kV time-of-use tariff by month, relative to the scenario. */
    static final String TARIFF_FILE = "../tariffs/shanghai-general-commercial-10kv.yaml";
    /** The plant the days are planned for; its chillers, pumps, zones and rules come with it. */
    static final Path PLANT = Path.of("chiller-models/plants/demo-hospital.yaml");

    private final LocalDate date;
    private final List<EpwRow> weatherDay;

    private DemoDayScenario(LocalDate date, List<EpwRow> weatherDay) {
        this.date = date;
        this.weatherDay = weatherDay;
    }

    /** @param weatherFile a typical-year EPW file: the rows of the date's month and day are taken */
    static DemoDayScenario forDate(LocalDate date, Path weatherFile) {
        String text;
        try {
            text = Files.readString(weatherFile, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InvalidInputException(weatherFile.toString(), "cannot read the weather file: " + e.getMessage());
        }
        List<EpwRow> day = EpwReader.read(text, weatherFile.toString()).rows().stream()
                .filter(row -> row.month() == date.getMonthValue() && row.day() == date.getDayOfMonth())
                .sorted(java.util.Comparator.comparingInt(EpwRow::hour)).toList();
        if (day.size() != 24) {
            throw new InvalidInputException(weatherFile.toString(), "has " + day.size() + " hourly rows for " + date.getMonth() + " "
                    + date.getDayOfMonth() + ", not 24");
        }
        return new DemoDayScenario(date, day);
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
        Weather climate = new SyntheticClimate(ClimateNormals.SHANGHAI, WEATHER_SEED);
        CoolingLoadModel model = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL, climate,
                new OutpatientVisits(MIDWEEK_VISITS, zone), zone);
        List<Double> loads = new ArrayList<>();
        List<Double> otherKw = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            Instant start = date.atStartOfDay(zone).toInstant().plusSeconds(slot * SLOT_MINUTES * 60L);
            double load = 0;
            double other = 0;
            int samples = SLOT_MINUTES / 5;
            for (int k = 0; k < samples; k++) {
                var building = model.at(start.plusSeconds(k * 300L));
                load += building.coolingKw() / samples;
                other += building.buildingElectricKw() / samples;
            }
            loads.add(round(load, 1));
            otherKw.add(round(other, 1));
        }
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", "demo-hospital " + date + " (" + season() + " " + date.getDayOfWeek().toString().toLowerCase() + ")");
        scenario.put("start", LocalDateTime.of(date, LocalTime.MIDNIGHT).toString());
        scenario.put("slotMinutes", SLOT_MINUTES);
        scenario.put("loadsKw", loads);
        scenario.put("plant", "../plants/" + PLANT.getFileName());
        scenario.put("weather", weather());
        // the building's own electricity (lighting, equipment, fans): the rest of the site the battery and PV are
        // planned on; the month's peak so far is left at 0, as on a month's first day, so the day's whole peak is charged
        scenario.put("site", ordered("otherElectricityKw", otherKw));
        scenario.put("tariff", ordered("file", TARIFF_FILE));
        scenario.put("carbonKgPerKwh", GRID_KG_PER_KWH);
        scenario.put("objective", ordered("costWeight", 1.0, "carbonWeight", 0.0));
        scenario.put("initialState", initialState(loads.get(0)));
        scenario.put("solver", ordered("timeLimitSeconds", 10, "unimprovedSeconds", 2, "seed", 0));
        return scenario;
    }

    /** Per slot the EPW hour it lies in: dry bulb, relative humidity, global horizontal irradiance; the day's mean pressure. */
    private Map<String, Object> weather() {
        List<Double> dryBulb = new ArrayList<>();
        List<Double> humidity = new ArrayList<>();
        List<Double> solar = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            EpwRow hour = weatherDay.get(slot * SLOT_MINUTES / 60);
            dryBulb.add(hour.dryBulbC());
            humidity.add(hour.relativeHumidityPct());
            solar.add(hour.globalHorizontalWh());
        }
        double pressureKpa = weatherDay.stream().mapToDouble(EpwRow::pressurePa).average().orElseThrow() / 1000;
        return ordered("dryBulbC", dryBulb, "relativeHumidityPercent", humidity, "solarWm2", solar, "pressureKpa", round(pressureKpa, 2));
    }

    private String season() {
        return switch (date.getMonth()) {
            case JUNE, JULY, AUGUST, SEPTEMBER -> "summer";
            case DECEMBER, JANUARY, FEBRUARY, MARCH -> "winter";
            default -> "shoulder";
        };
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
