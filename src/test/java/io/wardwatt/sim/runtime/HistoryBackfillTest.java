package io.wardwatt.sim.runtime;

import static io.wardwatt.TestUsers.leader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.wardwatt.SiteFixtures;
import io.wardwatt.forecast.runtime.VisitIntake;
import io.wardwatt.forecast.visits.VisitCount;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.ReadingsDatabase;
import io.wardwatt.readings.runtime.RollupJob;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.history.HistoryPlan;
import io.wardwatt.sim.history.LiveCounters;
import io.wardwatt.sim.hospital.BuildingParameters;
import io.wardwatt.sim.hospital.CoolingLoadModel;
import io.wardwatt.sim.hospital.OutpatientVisits;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backfill writes three days of the demo simulator's history for a site of its own through the real ingestion
 * path into PostgreSQL, and the stored readings, rollups and visits are checked against the simulator's own models.
 * The simulator is built as the service builds it (demo devices file, a counter file) but never opens a port.
 */
@QuarkusTest
class HistoryBackfillTest {

    /** Thursday 24 July 2025, 14:03:17 in Shanghai: the simulator's start, not on the 5-minute grid. */
    static final Instant START = Instant.parse("2025-07-24T06:03:17Z");
    static final HistoryPlan THREE_DAYS = new HistoryPlan(3, Duration.ofMinutes(1), Duration.ofMinutes(5));
    static final List<String> COUNTERS = List.of("CHW.KWH", "INC1.KWH", "INC2.KWH");
    static final List<String> VALUES = List.of("WX.OAT", "WX.RH", "WX.GHI");
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    HistoryBackfill backfill;

    @Inject
    VisitIntake visits;

    @Inject
    RollupJob rollups;

    @Inject
    AgroalDataSource dataSource;

    @TempDir
    Path directory;

    private ModbusHospital simulator;
    private String site;
    private final Map<String, Integer> ids = new TreeMap<>();
    /** Written only by the test that asks for them: the goals' carriers besides electricity. */
    private final Map<String, Integer> gasAndSteam = new TreeMap<>();

    @BeforeEach
    void simulatorAndSite() throws Exception {
        // The live registers stand above the model's initial values, as after months of running.
        Path counters = directory.resolve("sim-counters.properties");
        Files.writeString(counters, "INC1.KWH=52000000.0\nINC2.KWH=48000000.0\nCHW-BTU.KWH=70000000.0\n");
        simulator = SimulatorSetup.build(new SimulatorOptions(SimulatorOptions.DEFAULT_DEVICES, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS,
                null, 20250721, 1.0, START, Duration.ofMinutes(10), Duration.ofSeconds(1), counters), Clock.fixed(START, ZoneOffset.UTC));
        SiteFixtures sites = new SiteFixtures(dataSource);
        long siteId = sites.site("BF", "Asia/Shanghai");
        site = sites.siteCode(siteId);
        ids.put("CHW.KWH", sites.counterPoint(siteId, null, "CHW.KWH", "kWh", "chilled_water", 99_999_999.9));
        ids.put("INC1.KWH", sites.counterPoint(siteId, null, "INC1.KWH", "kWh", "electricity", 99_999_999.9));
        ids.put("INC2.KWH", sites.counterPoint(siteId, null, "INC2.KWH", "kWh", "electricity", 99_999_999.9));
        ids.put("WX.OAT", sites.valuePoint(siteId, "WX.OAT", "°C"));
        ids.put("WX.RH", sites.valuePoint(siteId, "WX.RH", "%"));
        ids.put("WX.GHI", sites.valuePoint(siteId, "WX.GHI", "W/m²"));
        gasAndSteam.put("GAS.M3", sites.counterPoint(siteId, null, "GAS.M3", "m3", "natural_gas", 99_999_999.9));
        gasAndSteam.put("STEAM.T", sites.counterPoint(siteId, null, "STEAM.T", "t", "steam", 999_999.99));
    }

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void threeDaysOfHistoryEndBelowTheLiveCountersMatchTheLoadModelAndAreWrittenOnce() {
        ReadingsDatabase db = new ReadingsDatabase(dataSource);
        // The hospital's own count of Tuesday stays; the model fills the days without one.
        LocalDate tuesday = LocalDate.of(2025, 7, 22);
        LocalDate wednesday = LocalDate.of(2025, 7, 23);
        visits.store(site, "his", List.of(new VisitCount(tuesday, null, 7_777)));
        long auditedBefore = db.count("select count(*) from audit_log where action = 'ingest' and entity_id = 'sim-backfill'");
        LiveCounters live = simulator.liveCounters();
        assertEquals(START, live.at());
        assertEquals(52_000_000.0, live.value("INC1.KWH").orElseThrow(), 0.1, "the counter file's value, as the register shows it");

        HistoryBackfill.Outcome first = backfill.backfill(simulator, live, THREE_DAYS, keys());

        assertNull(first.skipped());
        assertEquals(Instant.parse("2025-07-21T06:05:00Z"), first.from());
        int samples = 3 * 24 * 12;
        assertEquals(samples * 6, first.inserted(), "every point every 5 minutes: " + first);
        assertEquals(0, first.duplicates() + first.rejected());
        assertEquals(1, first.visitDays(), "Wednesday only: Tuesday has the hospital's count");
        assertEquals(auditedBefore, db.count("select count(*) from audit_log where action = 'ingest' and entity_id = 'sim-backfill'"),
                "readings are counted in metrics, not audited");

        for (Map.Entry<String, Integer> point : ids.entrySet()) {
            Map<Instant, Double> stored = readings(db, point.getValue());
            assertEquals(samples, stored.size(), point.getKey());
            for (Instant hour = Instant.parse("2025-07-21T07:00:00Z"); hour.isBefore(START); hour = hour.plus(Duration.ofHours(1))) {
                assertTrue(stored.containsKey(hour), point.getKey() + " has a reading at " + hour);
            }
            assertEquals(1L, db.count("select count(distinct quality) from reading where point_id = ? and quality = 1", point.getValue()),
                    "estimated");
        }
        for (String counter : COUNTERS) {
            List<Double> values = new ArrayList<>(readings(db, ids.get(counter)).values());
            for (int i = 1; i < values.size(); i++) {
                assertTrue(values.get(i) > values.get(i - 1), counter + " rises at every reading, #" + i);
            }
            double liveValue = live.value(counter).orElseThrow();
            double last = values.get(values.size() - 1);
            assertTrue(last <= liveValue, counter + " ends at or below the live register: " + last + " vs " + liveValue);
            // The last reading is at 06:00:00, 3 min 17 s before the start: less than 3.3 min at 20 MW below it.
            assertTrue(liveValue - last < 20_000 * 197.0 / 3600, counter + " continues into the live register: " + (liveValue - last));
        }

        HospitalSettings settings = simulator.hospital().settings();
        CoolingLoadModel loads = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL, settings.weather(),
                new OutpatientVisits(settings.midweekOutpatientVisits(), settings.zone()), settings.zone());
        new RawReadingFixtures(dataSource).rollUp(rollups, ids.get("CHW.KWH"));
        List<Double> hourly = leader().config(DECIMALS).queryParam("point", site + "/CHW.KWH").queryParam("resolution", "1h")
                .queryParam("from", "2025-07-21T07:00:00Z").queryParam("to", "2025-07-24T06:00:00Z")
                .get("/api/series").then().statusCode(200).extract().jsonPath().getList("consumption.quantity", Double.class);
        assertEquals(71, hourly.size());
        for (int h = 0; h < hourly.size(); h++) {
            Instant hourStart = Instant.parse("2025-07-21T07:00:00Z").plus(Duration.ofHours(h));
            double expected = 0;
            for (int minute = 0; minute < 60; minute++) {
                expected += loads.at(hourStart.plusSeconds(minute * 60L + 30)).coolingKw() / 60;
            }
            assertEquals(expected, hourly.get(h), expected * 0.01, "cooling delivered in the hour from " + hourStart);
        }

        Map<LocalDate, Integer> counted = visitsOf(db);
        assertEquals(7_777, counted.get(tuesday));
        assertEquals((int) Math.round(new OutpatientVisits(settings.midweekOutpatientVisits(), settings.zone()).visitsOn(wednesday)),
                counted.get(wednesday));

        long stored = db.count("select count(*) from reading where point_id = any(?)", (Object) ids.values().toArray(Integer[]::new));
        HistoryBackfill.Outcome second = backfill.backfill(simulator, live, THREE_DAYS, keys());

        assertNotNull(second.skipped(), "history exists: " + second);
        assertEquals(0, second.inserted() + second.visitDays());
        assertEquals(stored, db.count("select count(*) from reading where point_id = any(?)", (Object) ids.values().toArray(Integer[]::new)));
        assertEquals(counted, visitsOf(db));
    }

    @Test
    void fromADateTheOlderHistoryIsCoarserReachesLocalMidnightAndBringsGasSteamAndVisits() {
        ReadingsDatabase db = new ReadingsDatabase(dataSource);
        var zone = simulator.hospital().settings().zone();
        assertEquals(Instant.parse("2023-12-31T16:00:00Z"), HistoryPlan.since(HistoryPlan.BASELINE_YEAR, START, zone),
                "1 January 2024, Shanghai midnight: the year before the start's");
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> HistoryPlan.since("last-year", START, zone));
        assertTrue(bad.getMessage().startsWith("from:"), bad.getMessage());
        // Ten days back from 14 July, the last day fine (1 min, every 5 min), the nine before coarse (5 min, every 15 min).
        Instant since = HistoryPlan.since("2025-07-14", START, zone);
        HistoryPlan plan = new HistoryPlan(1, Duration.ofMinutes(1), Duration.ofMinutes(5), since, Duration.ofMinutes(5), Duration.ofMinutes(15));
        LiveCounters live = simulator.liveCounters();
        List<String> keys = new ArrayList<>(keys());
        keys.add(site + "/GAS.M3");
        keys.add(site + "/STEAM.T");

        HistoryBackfill.Outcome first = backfill.backfill(simulator, live, plan, keys);

        assertNull(first.skipped());
        assertEquals(Instant.parse("2025-07-13T16:00:00Z"), first.from());
        Instant fine = Instant.parse("2025-07-23T06:05:00Z");
        int coarse = (int) Duration.between(first.from(), fine).toMinutes() / 15 + 1;
        int samples = coarse + (int) Duration.between(fine, START).toMinutes() / 5 + 1;
        assertEquals(samples * 8, first.inserted(), "every point at every sample: " + first);
        assertEquals(10, first.visitDays(), "14 to 23 July, each whole day");
        for (Map.Entry<String, Integer> point : gasAndSteam.entrySet()) {
            Map<Instant, Double> stored = readings(db, point.getValue());
            assertEquals(samples, stored.size(), point.getKey());
            assertEquals(first.from(), stored.keySet().iterator().next());
            assertTrue(stored.containsKey(Instant.parse("2025-07-20T00:15:00Z")) && !stored.containsKey(Instant.parse("2025-07-20T00:05:00Z")),
                    point.getKey() + ": every 15 min in the older history");
            assertTrue(stored.containsKey(Instant.parse("2025-07-24T00:05:00Z")), point.getKey() + ": every 5 min in the last day");
            List<Double> values = new ArrayList<>(stored.values());
            assertTrue(values.get(values.size() - 1) > values.get(0), point.getKey() + " consumed over the ten days: " + values.get(0)
                    + " to " + values.get(values.size() - 1));
            assertTrue(values.get(values.size() - 1) <= live.value(point.getKey()).orElseThrow(), point.getKey() + " ends at or below the live register");
        }
        assertEquals(10, visitsOf(db).size());

        HistoryBackfill.Outcome second = backfill.backfill(simulator, live, plan, keys);
        assertNotNull(second.skipped(), "history exists: " + second);
        assertEquals(10, visitsOf(db).size());
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        COUNTERS.forEach(c -> keys.add(site + "/" + c));
        VALUES.forEach(v -> keys.add(site + "/" + v));
        return keys;
    }

    private static Map<Instant, Double> readings(ReadingsDatabase db, int pointId) {
        Map<Instant, Double> values = new TreeMap<>();
        for (String row : db.readingsOf(pointId)) {
            String[] parts = row.split(" ");
            values.put(Instant.parse(parts[0]), Double.parseDouble(parts[1]));
        }
        return values;
    }

    private Map<LocalDate, Integer> visitsOf(ReadingsDatabase db) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        db.rows("select visit_date, visits from outpatient_visits where site = ?", site)
                .forEach(r -> days.put(((java.sql.Date) r.get(0)).toLocalDate(), ((Number) r.get(1)).intValue()));
        return days;
    }
}
