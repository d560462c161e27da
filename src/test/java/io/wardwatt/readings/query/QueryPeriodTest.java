package io.wardwatt.readings.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Resolution[] ALL = Resolution.values();

    @Test
    void datesAreLocalMidnightsOfTheSite() {
        QueryPeriod p = QueryPeriod.parse("2026-02-01", "2026-02-02", "1h", SHANGHAI, 1000, ALL);
        assertEquals(Instant.parse("2026-01-31T16:00:00Z"), p.from());
        assertEquals(Instant.parse("2026-02-01T16:00:00Z"), p.to());
        assertEquals(24, p.bucketCount());
    }

    @Test
    void instantsWithAnOffsetAreAccepted() {
        QueryPeriod p = QueryPeriod.parse("2026-02-01T08:00:00+08:00", "2026-02-01T01:00:00Z", "15m", SHANGHAI, 1000, ALL);
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), p.from());
        assertEquals(4, p.bucketCount());
    }

    @Test
    void dayResolutionWidensInstantsToWholeLocalDays() {
        QueryPeriod p = QueryPeriod.parse("2026-02-01T17:00:00Z", "2026-02-03T16:00:00Z", "1d", SHANGHAI, 1000, ALL);
        assertEquals(LocalDate.parse("2026-02-02"), p.firstDay());
        assertEquals(LocalDate.parse("2026-02-04"), p.endDay()); // 16:00Z on the 3rd is midnight starting the 4th
        assertEquals(Instant.parse("2026-02-01T16:00:00Z"), p.from());
        assertEquals(2, p.bucketCount());
    }

    @Test
    void monthResolutionWidensToWholeLocalMonths() {
        QueryPeriod p = QueryPeriod.parse("2026-01-15", "2026-03", "1mo", SHANGHAI, 1000, ALL);
        assertEquals(LocalDate.parse("2026-01-01"), p.firstDay());
        assertEquals(LocalDate.parse("2026-03-01"), p.endDay());
        assertEquals(2, p.bucketCount());
    }

    @Test
    void badParametersAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> QueryPeriod.parse("yesterday", null, "5m", SHANGHAI, 1000, ALL));
        assertEquals(List.of("resolution", "from", "to"), e.problems().stream().map(InputProblem::where).toList());
    }

    @Test
    void aResolutionNotOfferedHereIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> QueryPeriod.parse("2026-01-01", "2026-01-02", "raw", SHANGHAI, 1000, Resolution.HOUR, Resolution.DAY));
        assertEquals("resolution", e.problems().get(0).where());
    }

    @Test
    void toMustBeAfterFrom() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> QueryPeriod.parse("2026-01-02", "2026-01-01", "1h", SHANGHAI, 1000, ALL));
        assertEquals("to", e.problems().get(0).where());
    }

    @Test
    void tooManyBucketsForTheResolutionIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> QueryPeriod.parse("2026-01-01", "2026-02-01", "15m", SHANGHAI, 1000, ALL));
        assertEquals("to", e.problems().get(0).where());
        QueryPeriod.parse("2026-01-01", "2026-02-01", "1h", SHANGHAI, 1000, ALL); // 744 hours fit
    }
}
