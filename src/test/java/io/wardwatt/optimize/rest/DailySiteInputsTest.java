package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import io.wardwatt.optimize.plans.SiteConditions;
import io.wardwatt.optimize.runtime.DailySiteInputs;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.plant.PhotovoltaicReader;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import io.wardwatt.solar.PhotovoltaicModel;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The daily plan's site inputs measured from a made-up site's meters, posted through the readings API: each test has a
 * site of its own, so no other test's readings of the same point codes reach into its days.
 */
@QuarkusTest
class DailySiteInputsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> COUNTERS = List.of("INC1.KWH", "INC2.KWH", "CHP.KWH", "PV.KWH", "BESS.DIS.KWH", "BESS.CHG.KWH");
    private static final String GHI = "WX.GHI";
    private static final String OAT = "WX.OAT";
    private static final String SOC = "BESS.SOC";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Inject
    DailySiteInputs siteInputs;

    @Inject
    MeterRegistry registry;

    // --- The site's electricity: September 29 to October 12, 2025, around the National Day holiday (1..8 October). ---

    private static final LocalDate FIRST = LocalDate.of(2025, 9, 29);
    private static final LocalDate PLAN_DAY = LocalDate.of(2025, 10, 13);
    /** The battery's charge meter came in service at 06:00 on 30 September: 29 and 30 September are incomplete. */
    private static final LocalDateTime CHARGE_METER_FROM = LocalDateTime.of(2025, 9, 30, 6, 0);

    /** Each meter's energy in quarter hour {@code q} of a day, kWh. */
    private static double quarterKwh(String meter, LocalDate day, int q) {
        double wave = Math.sin(2 * Math.PI * q / 96);
        boolean holiday = !day.isBefore(LocalDate.of(2025, 10, 1)) && !day.isAfter(LocalDate.of(2025, 10, 8));
        double dayShift = day.getDayOfMonth() % 5;
        return switch (meter) {
            case "INC1.KWH" -> (200 + 50 * wave + 10 * dayShift) * (holiday ? 0.7 : 1)
                    + (day.equals(LocalDate.of(2025, 9, 30)) && q == 40 ? 600 : 0); // a peak in September: not this month's
            case "INC2.KWH" -> 150 + q % 7 + (day.equals(LocalDate.of(2025, 10, 5)) && q == 50 ? 200 : 0); // the month's peak, on a holiday
            case "CHP.KWH" -> 120 + 30 * wave;
            case "PV.KWH" -> q >= 24 && q < 72 ? 20 * Math.sin(Math.PI * (q - 24) / 48) : 0;
            case "BESS.DIS.KWH" -> q >= 72 && q < 84 ? 25 : 0;
            case "BESS.CHG.KWH" -> q < 24 ? 25 : 0;
            default -> throw new IllegalArgumentException(meter);
        };
    }

    @Test
    void otherElectricityIsTheMeanOfTheLatestCompleteDaysOfTheDaysTypeAndTheMonthPeakIsSinceTheFirst() throws Exception {
        String site = site("SIN");
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String meter : COUNTERS) {
            ids.put(meter, point(site, meter, "kWh", "COUNTER"));
            List<Map<String, Object>> readings = new ArrayList<>();
            double register = 10_000;
            for (LocalDate day = FIRST; day.isBefore(PLAN_DAY); day = day.plusDays(1)) {
                for (int q = 0; q < 96; q++) {
                    LocalDateTime start = day.atStartOfDay().plusMinutes(15L * q);
                    if (meter.equals("BESS.CHG.KWH") && start.isBefore(CHARGE_METER_FROM)) {
                        continue;
                    }
                    if (readings.isEmpty()) {
                        readings.add(reading(site, meter, start, register));
                    }
                    register += quarterKwh(meter, day, q);
                    readings.add(reading(site, meter, start.plusMinutes(15), register));
                }
            }
            post(readings);
        }
        ids.put(SOC, point(site, SOC, "%", "VALUE"));
        post(List.of(reading(site, SOC, LocalDateTime.of(2025, 10, 12, 23, 10), 82.0),
                reading(site, SOC, LocalDateTime.of(2025, 10, 12, 23, 40), 84.5),
                withQuality(reading(site, SOC, LocalDateTime.of(2025, 10, 12, 23, 50), 3.0), "bad")));
        new RawReadingFixtures(dataSource).rollUp(rollups, ids.values().stream().mapToInt(Integer::intValue).toArray());

        // Monday 13 October, a working day: the working days before it are 11 October (a make-up Saturday), 10, 9, then
        // 30 and 29 September, which lack the charge meter's early hours, then none with data. Three complete days.
        SiteConditions monday = siteInputs.forDay(site, PLAN_DAY, 60, 24, null);
        List<LocalDate> working = List.of(LocalDate.of(2025, 10, 11), LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 9));
        List<Double> expected = hourlyMeanKw(working);
        assertEquals(24, monday.otherElectricityKw().size());
        for (int h = 0; h < 24; h++) {
            assertEquals(expected.get(h), monday.otherElectricityKw().get(h), 0.01, "hour " + h);
        }
        String sources = String.join("; ", monday.sources());
        assertTrue(sources.contains("other electricity: mean of 3 working days (2025-10-11, 2025-10-10, 2025-10-09) of INC1.KWH + INC2.KWH + "
                + "PV.KWH + BESS.DIS.KWH − CHP.KWH − BESS.CHG.KWH"), sources);

        // The month's highest quarter hour of both incomers: the spike on holiday 5 October, not September's higher one.
        double peak = 0;
        for (LocalDate day = LocalDate.of(2025, 10, 1); day.isBefore(PLAN_DAY); day = day.plusDays(1)) {
            for (int q = 0; q < 96; q++) {
                peak = Math.max(peak, 4 * (quarterKwh("INC1.KWH", day, q) + quarterKwh("INC2.KWH", day, q)));
            }
        }
        assertEquals(4 * (quarterKwh("INC1.KWH", LocalDate.of(2025, 10, 5), 50) + quarterKwh("INC2.KWH", LocalDate.of(2025, 10, 5), 50)), peak,
                1e-9, "the made-up spike is the month's peak");
        assertEquals(peak, monday.monthPeakSoFarKw(), 0.01);

        // The battery: no plan of the day before, so the latest good state-of-charge reading (the bad one after it is not).
        assertEquals(845.0, monday.initialStateOfChargeKwh(), 1e-6);
        assertTrue(sources.contains("battery at the start: 845.0 kWh, BESS.SOC 84.5 % at 2025-10-12T15:40:00Z of 1000 kWh"), sources);
        // No weather station on this site: the PV factor stays the plant file's, and the description says why.
        assertNull(monday.pvScaleFactor());
        assertTrue(sources.contains("PV scale factor: the plant file's 1.0000: no irradiance: no point " + site + "/WX.GHI"), sources);

        // With a plan of the day before, the battery starts where that plan leaves it; a first of the month has no peak yet.
        var previous = new ObjectMapper().readTree("{\"slotMinutes\": 60, \"slots\": [], \"site\": {\"slots\": [{\"stateOfChargeKwh\": 612.5}]}}");
        SiteConditions first = siteInputs.forDay(site, LocalDate.of(2025, 10, 1), 30, 48, previous);
        assertEquals(612.5, first.initialStateOfChargeKwh());
        assertEquals(0.0, first.monthPeakSoFarKw());

        // Friday 10 October: of the working days before it, only 9 October is complete. One day is no mean.
        SiteConditions friday = siteInputs.forDay(site, LocalDate.of(2025, 10, 10), 60, 24, null);
        assertNull(friday.otherElectricityKw());
        assertTrue(String.join("; ", friday.sources()).contains("other electricity: none, only 1 complete working day of"), friday.sources().toString());
    }

    /** The hand-made mean: per hour, the four quarters' import − plant + PV + discharge − charge over the days, as kW. */
    private static List<Double> hourlyMeanKw(List<LocalDate> days) {
        BiFunction<LocalDate, Integer, Double> other = (day, q) -> quarterKwh("INC1.KWH", day, q) + quarterKwh("INC2.KWH", day, q)
                - quarterKwh("CHP.KWH", day, q) + quarterKwh("PV.KWH", day, q) + quarterKwh("BESS.DIS.KWH", day, q) - quarterKwh("BESS.CHG.KWH", day, q);
        List<Double> kw = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            double kwh = 0;
            for (LocalDate day : days) {
                for (int q = 4 * h; q < 4 * h + 4; q++) {
                    kwh += other.apply(day, q);
                }
            }
            kw.add(kwh / days.size());
        }
        return kw;
    }

    // --- The PV meter against the weather station: ten days of June 2025. ---

    @Test
    void thePvCalibrationRecoversTheShareOfTheModelThePvMeterReads() throws Exception {
        String site = site("SPV");
        int pv = point(site, "PV.KWH", "kWh", "COUNTER");
        int ghi = point(site, GHI, "W/m²", "VALUE");
        int oat = point(site, OAT, "°C", "VALUE");
        PhotovoltaicModel model = new PhotovoltaicModel(demoArray().withScaleFactor(1.0));
        Random noise = new Random(11);
        List<Map<String, Object>> readings = new ArrayList<>();
        double register = 500_000;
        LocalDateTime start = LocalDateTime.of(2025, 6, 1, 0, 0);
        readings.add(reading(site, "PV.KWH", start, register));
        for (int h = 0; h < 24 * 10; h++) {
            LocalDateTime hour = start.plusHours(h);
            int day = h / 24;
            double clearness = 0.45 + 0.55 * ((day * 3) % 4) / 3.0;
            double irradiance = Math.max(0, 980 * clearness * Math.sin(Math.PI * (hour.getHour() + 0.5 - 5.5) / 13.5));
            double air = 26 + 5 * Math.sin(Math.PI * (hour.getHour() - 9) / 12.0);
            // One reading of each weather point at the hour's middle, so its hourly mean is exactly that reading.
            readings.add(reading(site, GHI, hour.plusMinutes(30), round(irradiance)));
            readings.add(reading(site, OAT, hour.plusMinutes(30), round(air)));
            double kw = model.at(hour.plusMinutes(30), round(irradiance), round(air)).unclippedAcKw();
            register += Math.max(0, 0.9 * kw * (1 + 0.01 * noise.nextGaussian()));
            readings.add(reading(site, "PV.KWH", hour.plusHours(1), round(register)));
        }
        post(readings);
        new RawReadingFixtures(dataSource).rollUp(rollups, pv, ghi, oat);

        String path = "/api/sites/" + site + "/pv-calibration";
        anonymous().queryParam("date", "2025-06-11").get(path).then().statusCode(401);
        reporter().queryParam("date", "2025-06-11").get(path).then().statusCode(403);
        auditor().queryParam("date", "2025-06-11").get(path).then().statusCode(200);
        JsonPath fitted = leader().queryParam("date", "2025-06-11").get(path).then().statusCode(200).extract().jsonPath();
        assertEquals("fitted", fitted.getString("source"));
        assertEquals(0.9, fitted.getDouble("factor"), 0.01);
        assertTrue(fitted.getDouble("cvRmsePercent") < 3, "1 % noise and 0.01 rounding: " + fitted.getString("detail"));
        assertTrue(Math.abs(fitted.getDouble("nmbePercent")) < 1, fitted.getString("detail"));
        assertEquals(10, fitted.getInt("daysUsed"));
        assertTrue(fitted.getInt("hoursUsed") >= 10 * 12 && fitted.getInt("hoursUsed") <= 10 * 14, "daylight hours: " + fitted.getInt("hoursUsed"));
        assertEquals("2025-05-14", fitted.getString("from"));
        assertEquals("2025-06-10", fitted.getString("to"));
        assertEquals("plants/demo-hospital.yaml", fitted.getString("plantFile"));
        double gauge = registry.get("wardwatt.optimize.pv.scale.factor").tag("site", site).gauge().value();
        assertEquals(fitted.getDouble("factor"), gauge, 1e-6);

        // Before the fourth of June there are three days of history: the plant file's factor, and why.
        leader().queryParam("date", "2025-06-04").get(path).then().statusCode(200).body("source", equalTo("plant-file"))
                .body("factor", equalTo(1.0f)).body("daysUsed", equalTo(3))
                .body("detail", org.hamcrest.Matchers.startsWith("the plant file's 1.0000: only "));
        // The daily plan's inputs carry the fitted factor, with where it came from.
        SiteConditions conditions = siteInputs.forDay(site, LocalDate.of(2025, 6, 11), 60, 24, null);
        assertEquals(fitted.getDouble("factor"), conditions.pvScaleFactor(), 1e-4);
        assertTrue(conditions.sources().stream().anyMatch(s -> s.startsWith("PV scale factor 0.9") && s.contains("fitted to the PV meter")),
                conditions.sources().toString());

        leader().get("/api/sites/NO-SUCH-SITE/pv-calibration").then().statusCode(404);
        leader().queryParam("date", "11 June").get(path).then().statusCode(400);
    }

    private static PhotovoltaicDefinition demoArray() throws Exception {
        Path file = Path.of("chiller-models/plants/demo-hospital.yaml");
        LocatedFields fields = new LocatedFields(LocatedYaml.parse(Files.readString(file), file.toString()));
        return new PhotovoltaicReader(fields).read(fields.root());
    }

    // --- Site, points and readings through the API. ---

    private static String site(String prefix) {
        String site = TestUsers.unique(prefix).toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Site inputs test " + site, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        return site;
    }

    private int point(String site, String code, String unit, String kind) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("code", code, "name", code, "unit", unit, "kind", kind));
        if (kind.equals("COUNTER")) {
            body.put("rolloverValue", 99_999_999.9);
        }
        engineer().contentType(ContentType.JSON).body(body).post("/api/sites/" + site + "/points").then().statusCode(201);
        return (int) new RawReadingFixtures(dataSource).number("select p.id from point p join site s on s.id = p.site_id where s.code = ? "
                + "and p.code = ?", site, code);
    }

    private static Map<String, Object> reading(String site, String code, LocalDateTime local, double value) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("point", site + "/" + code);
        item.put("ts", local.atZone(ZONE).toInstant().toString());
        item.put("value", value);
        return item;
    }

    private static Map<String, Object> withQuality(Map<String, Object> reading, String quality) {
        reading.put("quality", quality);
        return reading;
    }

    private static void post(List<Map<String, Object>> readings) {
        engineer().contentType(ContentType.JSON).body(Map.of("readings", readings)).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(readings.size()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
