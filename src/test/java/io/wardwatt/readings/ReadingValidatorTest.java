package io.wardwatt.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.site.PointKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingValidatorTest {

    private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");
    private static final MeasurementPoint POWER = point(17, "MAIN-1.EP", PointKind.VALUE, null);
    private static final MeasurementPoint ENERGY = point(18, "MAIN-1.KWH", PointKind.COUNTER, 1e9);

    /** The directory of two points; counts look-ups to show a request resolves each name once. */
    private final TwoPoints points = new TwoPoints();
    private final ReadingValidator validator = new ReadingValidator(points,
            new ValidationRules(Duration.ofMinutes(10), Instant.parse("2000-01-01T00:00:00Z")));

    private static MeasurementPoint point(int id, String code, PointKind kind, Double rollover) {
        return new MeasurementPoint(id, "HOSP", code, kind, rollover, Optional.of(EnergyCarrier.ELECTRICITY), "kW",
                ZoneId.of("Asia/Shanghai"), 1, null);
    }

    private ValidatedReadings check(IncomingReading... items) {
        return validator.validate(List.of(items), NOW);
    }

    private static IncomingReading item(String point, String ts, String value) {
        return new IncomingReading(point, null, ts, value, null);
    }

    private static String problems(ValidatedReadings result) {
        return result.rejections().stream().map(r -> "readings[" + r.index() + "]." + r.field() + ": " + r.problem()).toList().toString();
    }

    @Test
    void aGoodItemBecomesAReadingAtTheInstantItNames() {
        ValidatedReadings result = check(new IncomingReading("HOSP/MAIN-1.EP", null, "2026-07-01T08:00:00+08:00", "123.4", "estimated"),
                new IncomingReading(null, "18", "2026-06-30T23:59:59.5Z", "42", "3"));
        assertTrue(result.allValid(), problems(result));
        assertEquals(List.of(new Reading(17, Instant.parse("2026-07-01T00:00:00Z"), 123.4, Quality.ESTIMATED),
                new Reading(18, Instant.parse("2026-06-30T23:59:59.5Z"), 42, Quality.SUSPECT)), result.readings());
    }

    @Test
    void qualityIsGoodWhenAbsent() {
        assertEquals(Quality.GOOD, check(item("HOSP/MAIN-1.EP", "2026-06-30T00:00:00Z", "1")).readings().get(0).quality());
    }

    @Test
    void everyProblemNamesTheItemAndField() {
        ValidatedReadings result = check(
                item("HOSP/MAIN-1.EP", "2026-06-30T00:00:00Z", "1"),
                item("HOSP/XYZ", "2026-06-30T00:00:00Z", "1"),
                item("HOSP/MAIN-1.EP", "2031-01-01T00:00:00Z", "1"),
                item("HOSP/MAIN-1.EP", "2026-06-30T00:00:00Z", "NaN"),
                item("HOSP/MAIN-1.KWH", "2026-06-30T00:00:00Z", "-5"),
                item("HOSP/MAIN-1.EP", "2026-06-30T08:00:00", "1"),
                item("HOSP/MAIN-1.EP", "yesterday", "1"),
                new IncomingReading(null, null, null, null, "great"));
        assertEquals(1, result.readings().size());
        assertEquals(List.of(
                "readings[1].point: unknown point 'HOSP/XYZ'",
                "readings[2].ts: 2031-01-01T00:00:00Z is more than 10m in the future",
                "readings[3].value: not a finite number",
                "readings[4].value: -5 is negative, but HOSP/MAIN-1.KWH is a cumulative counter",
                "readings[5].ts: '2026-06-30T08:00:00' has no offset (add Z or an offset such as +08:00)",
                "readings[6].ts: 'yesterday' is not an ISO-8601 timestamp such as 2026-07-01T08:00:00+08:00",
                "readings[7].point: missing: name the point as SITE/POINT in point, or give pointId",
                "readings[7].ts: missing: an ISO-8601 time with offset such as 2026-07-01T08:00:00+08:00",
                "readings[7].value: missing: a number",
                "readings[7].quality: unknown quality 'great' (good, estimated, stale, suspect, bad, or their codes 0-4)"),
                result.rejections().stream().map(r -> "readings[" + r.index() + "]." + r.field() + ": " + r.problem()).toList());
        assertEquals(7, result.rejectedItems());
        assertEquals(RejectionReason.NOT_FINITE, result.rejections().get(2).reason());
    }

    @Test
    void theFutureToleranceIsInclusive() {
        assertTrue(check(item("HOSP/MAIN-1.EP", "2026-07-01T00:10:00Z", "1")).allValid());
        assertEquals(RejectionReason.FUTURE_TIMESTAMP, check(item("HOSP/MAIN-1.EP", "2026-07-01T00:10:00.000001Z", "1"))
                .rejections().get(0).reason());
    }

    @Test
    void aResetDeviceClockIsRefused() {
        Rejection r = check(item("HOSP/MAIN-1.EP", "1970-01-01T00:00:00Z", "1")).rejections().get(0);
        assertEquals(RejectionReason.TOO_OLD, r.reason());
        assertTrue(r.problem().startsWith("1970-01-01T00:00:00Z is before 2000-01-01T00:00:00Z"), r.problem());
    }

    @Test
    void valuesMustBeFiniteDecimalNumbers() {
        for (String bad : List.of("Infinity", "-Infinity", "1e999")) {
            assertEquals(RejectionReason.NOT_FINITE, check(item("HOSP/MAIN-1.EP", "2026-06-30T00:00:00Z", bad)).rejections().get(0).reason(), bad);
        }
        for (String bad : List.of("abc", "1d", "2f", "{...}", "true")) {
            assertEquals(RejectionReason.NOT_A_NUMBER, check(item("HOSP/MAIN-1.EP", "2026-06-30T00:00:00Z", bad)).rejections().get(0).reason(), bad);
        }
        assertTrue(check(item("HOSP/MAIN-1.EP", "2026-06-30T00:00:00Z", "-1.5e3")).allValid(), "a negative instantaneous value is fine");
    }

    @Test
    void aCounterCannotExceedItsRollover() {
        Rejection r = check(item("HOSP/MAIN-1.KWH", "2026-06-30T00:00:00Z", "1000000001")).rejections().get(0);
        assertEquals(RejectionReason.ABOVE_ROLLOVER, r.reason());
        assertTrue(check(item("HOSP/MAIN-1.KWH", "2026-06-30T00:00:00Z", "1000000000")).allValid());
    }

    @Test
    void pointAndPointIdMustAgreeWhenBothGiven() {
        assertTrue(check(new IncomingReading("HOSP/MAIN-1.EP", "17", "2026-06-30T00:00:00Z", "1", null)).allValid());
        Rejection r = check(new IncomingReading("HOSP/MAIN-1.EP", "18", "2026-06-30T00:00:00Z", "1", null)).rejections().get(0);
        assertEquals("pointId", r.field());
        assertEquals("point id 18 is HOSP/MAIN-1.KWH, not HOSP/MAIN-1.EP (id 17)", r.problem());
    }

    @Test
    void badPointReferencesAreNamed() {
        assertEquals("'MAIN-1.EP' is not a SITE/POINT key", check(item("MAIN-1.EP", "2026-06-30T00:00:00Z", "1")).rejections().get(0).problem());
        assertEquals("'x7' is not a point id (a whole number)",
                check(new IncomingReading(null, "x7", "2026-06-30T00:00:00Z", "1", null)).rejections().get(0).problem());
        assertEquals("unknown point id 99", check(new IncomingReading(null, "99", "2026-06-30T00:00:00Z", "1", null)).rejections().get(0).problem());
    }

    @Test
    void aRequestLooksEachPointUpOnce() {
        List<IncomingReading> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(item(i % 2 == 0 ? "HOSP/MAIN-1.EP" : "HOSP/NOPE", "2026-06-30T00:00:00Z", Integer.toString(i)));
        }
        ValidatedReadings result = validator.validate(items, NOW);
        assertEquals(50, result.readings().size());
        assertEquals(2, points.lookups);
    }

    private static final class TwoPoints implements PointDirectory {
        int lookups;

        @Override
        public Optional<MeasurementPoint> byId(int id) {
            lookups++;
            return List.of(POWER, ENERGY).stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public Optional<MeasurementPoint> byKey(String siteCode, String pointCode) {
            lookups++;
            return List.of(POWER, ENERGY).stream().filter(p -> p.siteCode().equals(siteCode) && p.code().equals(pointCode)).findFirst();
        }

        @Override
        public List<MeasurementPoint> ofSite(long siteId) {
            return List.of(POWER, ENERGY);
        }

        @Override
        public List<MeasurementPoint> byIds(Collection<Integer> ids) {
            return List.of(POWER, ENERGY).stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public void invalidate() {
        }
    }
}
