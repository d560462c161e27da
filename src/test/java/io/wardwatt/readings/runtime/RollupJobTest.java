package io.wardwatt.readings.runtime;

import static io.wardwatt.TestUsers.engineer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rollup job against real PostgreSQL: readings and queue rows written as the ingestion writer writes them. */
@QuarkusTest
class RollupJobTest {

    @jakarta.inject.Inject
    AgroalDataSource dataSource;

    @jakarta.inject.Inject
    RollupJob job;

    SiteFixtures sites;
    RawReadingFixtures raw;
    long shanghai;

    @BeforeEach
    void fixtures() {
        sites = new SiteFixtures(dataSource);
        raw = new RawReadingFixtures(dataSource);
        shanghai = sites.site("ROLL", "Asia/Shanghai");
    }

    private int counter(long site, String code) {
        return sites.counterPoint(site, null, code, "kWh", "electricity", 100_000);
    }

    private double consumption15m(int point, String bucket) {
        return raw.value("select quantity from consumption_15m where point_id = ? and bucket = ?", point, Instant.parse(bucket));
    }

    private long anomalies15m(int point, String bucket) {
        return raw.number("select anomalies from consumption_15m where point_id = ? and bucket = ?", point, Instant.parse(bucket));
    }

    private double consumptionDay(int point, String day) {
        return raw.value("select quantity from consumption_1d where point_id = ? and day = ?", point, LocalDate.parse(day));
    }

    @Test
    void valueStatisticsPerQuarterHourHourAndLocalDayLeaveBadReadingsOut() {
        int kw = sites.valuePoint(shanghai, "CH1-KW", "kW");
        raw.batch(kw, "2030-01-10T01:00:00Z", 10, "2030-01-10T01:05:00Z", 20, "2030-01-10T01:10:00Z", 30, "2030-01-10T01:20:00Z", 40);
        raw.reading(kw, Instant.parse("2030-01-10T01:07:00Z"), 999, 4);
        raw.rollUp(job, kw);

        String q = "select %s from readings_15m where point_id = ? and bucket = ?";
        Instant first = Instant.parse("2030-01-10T01:00:00Z");
        assertEquals(20.0, raw.value(q.formatted("avg_value"), kw, first));
        assertEquals(10.0, raw.value(q.formatted("min_value"), kw, first));
        assertEquals(30.0, raw.value(q.formatted("max_value"), kw, first));
        assertEquals(3, raw.number(q.formatted("sample_count"), kw, first));
        assertEquals(40.0, raw.value(q.formatted("avg_value"), kw, Instant.parse("2030-01-10T01:15:00Z")));
        assertEquals(25.0, raw.value("select avg_value from readings_1h where point_id = ? and bucket = ?", kw, first));
        assertEquals(4, raw.number("select sample_count from readings_1d where point_id = ? and day = ?", kw, LocalDate.parse("2030-01-10")));
        assertEquals(100.0, raw.value("select sum_value from readings_1d where point_id = ? and day = ?", kw, LocalDate.parse("2030-01-10")));
    }

    @Test
    void aRegisterRolloverIsConsumptionNotANegativeSpike() {
        int meter = counter(shanghai, "WRAP-KWH");
        raw.batch(meter, "2030-01-10T00:00:00Z", 99_990, "2030-01-10T00:15:00Z", 99_998, "2030-01-10T00:30:00Z", 8,
                "2030-01-10T00:45:00Z", 20);
        raw.rollUp(job, meter);
        assertEquals(8.0, consumption15m(meter, "2030-01-10T00:00:00Z"), 1e-9);
        assertEquals(10.0, consumption15m(meter, "2030-01-10T00:15:00Z"), 1e-9);
        assertEquals(12.0, consumption15m(meter, "2030-01-10T00:30:00Z"), 1e-9);
        assertEquals(30.0, raw.value("select quantity from consumption_1h where point_id = ? and bucket = ?", meter,
                Instant.parse("2030-01-10T00:00:00Z")), 1e-9);
        assertEquals(0, raw.number("select sum(anomalies) from consumption_15m where point_id = ?", meter));
    }

    @Test
    void aBackwardsStepWithoutReplacementIsAnAnomalyWorthZero() {
        int meter = counter(shanghai, "BACK-KWH");
        raw.batch(meter, "2030-01-10T00:00:00Z", 5000, "2030-01-10T00:15:00Z", 5010, "2030-01-10T00:30:00Z", 4000,
                "2030-01-10T00:45:00Z", 4005);
        raw.rollUp(job, meter);
        assertEquals(10.0, consumption15m(meter, "2030-01-10T00:00:00Z"), 1e-9);
        assertEquals(0.0, consumption15m(meter, "2030-01-10T00:15:00Z"), 1e-9);
        assertEquals(1, anomalies15m(meter, "2030-01-10T00:15:00Z"));
        assertEquals(5.0, consumption15m(meter, "2030-01-10T00:30:00Z"), 1e-9);
        assertEquals(0, raw.number("select count(*) from consumption_15m where point_id = ? and quantity < 0", meter));
        assertEquals(1, raw.number("select anomalies from consumption_1d where point_id = ?", meter));
        engineer().queryParam("from", "2030-01-10").queryParam("to", "2030-01-11").queryParam("resolution", "15m")
                .get("/api/points/" + meter + "/series").then().statusCode(200)
                .body("consumption.quantity", everyItem(greaterThanOrEqualTo(0f)))
                .body("consumption.anomalies", contains(0, 1, 0))
                .body("total.anomalies", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aLateReadingBetweenTwoOthersCorrectsBothSteps() {
        int meter = counter(shanghai, "LATE-KWH");
        raw.batch(meter, "2030-01-10T00:00:00Z", 100, "2030-01-10T01:00:00Z", 160);
        raw.rollUp(job, meter);
        assertEquals(15.0, consumption15m(meter, "2030-01-10T00:00:00Z"), 1e-9);
        assertEquals(15.0, consumption15m(meter, "2030-01-10T00:45:00Z"), 1e-9);

        raw.batch(meter, "2030-01-10T00:30:00Z", 150);
        raw.rollUp(job, meter);
        assertEquals(25.0, consumption15m(meter, "2030-01-10T00:00:00Z"), 1e-9);
        assertEquals(25.0, consumption15m(meter, "2030-01-10T00:15:00Z"), 1e-9);
        assertEquals(5.0, consumption15m(meter, "2030-01-10T00:30:00Z"), 1e-9);
        assertEquals(5.0, consumption15m(meter, "2030-01-10T00:45:00Z"), 1e-9);
        assertEquals(60.0, consumptionDay(meter, "2030-01-10"), 1e-9);
    }

    @Test
    void aLateReadingDaysAfterItsNeighbourReachesBackAcrossTheGap() {
        int meter = counter(shanghai, "GAP-KWH");
        // 2 local days without readings: the step from 10 Jan to 13 Jan spreads over the days between.
        raw.batch(meter, "2030-01-10T04:00:00Z", 0, "2030-01-13T04:00:00Z", 72);
        raw.rollUp(job, meter);
        assertEquals(12.0, consumptionDay(meter, "2030-01-10"), 1e-9);
        assertEquals(24.0, consumptionDay(meter, "2030-01-11"), 1e-9);
        // A reading recovered later for the 11th changes the days before and after it, though it was queued alone.
        raw.batch(meter, "2030-01-11T04:00:00Z", 48);
        raw.rollUp(job, meter);
        // Now 2 kWh/h up to the new reading and 0.5 kWh/h after it (local days start at 16:00Z).
        assertEquals(24.0, consumptionDay(meter, "2030-01-10"), 1e-9);
        assertEquals(30.0, consumptionDay(meter, "2030-01-11"), 1e-9);
        assertEquals(12.0, consumptionDay(meter, "2030-01-12"), 1e-9);
        assertEquals(6.0, consumptionDay(meter, "2030-01-13"), 1e-9);
    }

    @Test
    void aReadingAtLocalMidnightEndsThePreviousLocalDay() {
        int meter = counter(shanghai, "MIDNIGHT-KWH");
        // 16:00Z is 00:00 in Shanghai.
        raw.batch(meter, "2030-01-10T15:00:00Z", 0, "2030-01-10T16:00:00Z", 8, "2030-01-10T17:00:00Z", 11);
        raw.rollUp(job, meter);
        assertEquals(8.0, consumptionDay(meter, "2030-01-10"), 1e-9);
        assertEquals(3.0, consumptionDay(meter, "2030-01-11"), 1e-9);
    }

    @Test
    void daysFollowTheSiteZoneThroughADaylightSavingChange() {
        long london = sites.site("LDN", "Europe/London");
        int meter = counter(london, "LDN-KWH");
        // Clocks go forward on Sunday 31 March 2030 at 01:00 UTC: that local day lasts 23 hours. One kWh per hour.
        Object[] hourly = new Object[2 * 26];
        Instant start = Instant.parse("2030-03-30T23:00:00Z");
        for (int h = 0; h < 26; h++) {
            hourly[2 * h] = start.plus(Duration.ofHours(h)).toString();
            hourly[2 * h + 1] = h;
        }
        raw.batch(meter, hourly);
        raw.rollUp(job, meter);
        assertEquals(1.0, consumptionDay(meter, "2030-03-30"), 1e-9);
        assertEquals(23.0, consumptionDay(meter, "2030-03-31"), 1e-9);
        assertEquals(1.0, consumptionDay(meter, "2030-04-01"), 1e-9);
    }

    @Test
    void recomputingTheSameRangeAgainChangesNothing() {
        int meter = counter(shanghai, "IDEM-KWH");
        raw.batch(meter, "2030-01-10T00:00:00Z", 1, "2030-01-10T00:30:00Z", 31);
        raw.rollUp(job, meter);
        raw.queue(meter, Instant.parse("2030-01-10T00:00:00Z"), Instant.parse("2030-01-10T00:30:00Z"));
        raw.rollUp(job, meter);
        assertEquals(2, raw.number("select count(*) from consumption_15m where point_id = ?", meter));
        assertEquals(30.0, raw.value("select sum(quantity) from consumption_15m where point_id = ?", meter), 1e-9);
    }

    @Test
    void queueRowsOfAPointThatDoesNotExistAreDropped() {
        int missing = Integer.MAX_VALUE - 7;
        raw.queue(missing, Instant.parse("2030-01-10T00:00:00Z"), Instant.parse("2030-01-10T00:00:00Z"));
        raw.rollUp(job, missing);
        assertEquals(0, raw.pending(missing));
    }

    @Test
    void theScheduledRunDrainsTheQueueWithoutBeingAsked() {
        int meter = counter(shanghai, "SCHED-KWH");
        raw.batch(meter, "2030-01-10T00:00:00Z", 0, "2030-01-10T00:15:00Z", 7);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(7.0, raw.value("select coalesce(sum(quantity), -1) from consumption_15m where point_id = ?", meter), 1e-9));
    }
}
