package io.wardwatt.forecast.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HourlyHistoryReaderTest {

    /** 200 good hours from 2025-01-01T00Z, so one bad row stays under the 1 % that makes a file unusable. */
    private static StringBuilder goodRows() {
        StringBuilder csv = new StringBuilder("timestamp,load_kw,temp_c,rh_pct\n");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int h = 0; h < 200; h++) {
            csv.append(start.plusSeconds(3600L * h)).append(',').append(100 + h).append(",5.0,80\n");
        }
        return csv;
    }

    @Test
    void aFewBadRowsAreSkippedAndListedWithTheirLines() {
        StringBuilder csv = goodRows();
        csv.append("2025-01-09T08:00:00Z,abc,5.0,80\n");
        csv.append("2025-01-09T09:30:00Z,100,5.0,80\n");
        HourlyHistory history = HourlyHistoryReader.read(csv.toString(), "h.csv");
        assertEquals(202, history.report().dataRows());
        assertEquals(2, history.report().skipped().size());
        assertEquals("h.csv line 202: load_kw 'abc' is not a number", history.report().skipped().get(0).toString());
        assertEquals("h.csv line 203: timestamp '2025-01-09T09:30:00Z' is not on a whole hour", history.report().skipped().get(1).toString());
        assertEquals(200, history.hours());
        assertEquals(100, history.loadKw()[0]);
    }

    @Test
    void tooManyBadRowsMakeTheFileUnusableAndEveryProblemHasItsLine() {
        String csv = """
                timestamp,load_kw,temp_c,rh_pct
                2025-01-01T00:00:00Z,100,5,80
                2025-01-01T01:00:00,100,5,80
                2025-01-01T02:00:00Z,100,5,80,7
                2025-01-01T03:00:00Z,100,75,80
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HourlyHistoryReader.read(csv, "h.csv"));
        assertTrue(e.problems().get(0).toString().startsWith("h.csv line 3: timestamp '2025-01-01T01:00:00' is not ISO 8601 with an offset"), e.getMessage());
        assertEquals("h.csv line 4: expected 4 fields, got 5", e.problems().get(1).toString());
        assertEquals("h.csv line 5: temp_c 75 is outside -60..60", e.problems().get(2).toString());
        assertTrue(e.problems().get(3).toString().contains("3 of 4 rows are unusable"), e.getMessage());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRejectedAtLine1() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HourlyHistoryReader.read("timestamp,kw,temp_c,rh_pct\n2025-01-01T00:00:00Z,1,2,3\n", "h.csv"));
        assertEquals("h.csv line 1: unknown column 'kw' (expected [timestamp, load_kw, temp_c, rh_pct], optional [visits, solar_w_m2])",
                e.problems().get(0).toString());
        assertEquals("h.csv line 1: the header lacks column 'load_kw'", e.problems().get(1).toString());
    }

    /** BDG2 writes the non-existent 01:00 of the spring-forward day as 01:00+00:00, the instant of 02:00+01:00. */
    @Test
    void aLocalHourRepeatedAtADaylightSavingChangeIsOneInstantAndCounted() {
        String csv = """
                timestamp,load_kw,temp_c,rh_pct
                2016-03-27T00:00:00+00:00,707.9,7.0,79.6
                2016-03-27T01:00:00+00:00,402.9,6.6,79.3
                2016-03-27T02:00:00+01:00,300.6,6.6,79.3
                2016-03-27T03:00:00+01:00,698.9,6.1,83.3
                """;
        HourlyHistory history = HourlyHistoryReader.read(csv, "bdg2.csv");
        assertEquals(3, history.hours());
        assertEquals(1, history.report().duplicateHours());
        assertEquals("bdg2.csv line 4: 2016-03-27T01:00:00Z was already given; this row is dropped", history.report().duplicates().get(0).toString());
        assertEquals(402.9, history.loadKw()[1]);
        assertEquals(698.9, history.loadKw()[2]);
        assertEquals(0, history.report().gapHours());
    }

    @Test
    void hoursWithoutARowAreGapsOnTheGridAndRowsOutOfOrderAreSorted() {
        String csv = """
                timestamp,load_kw,temp_c,rh_pct
                2025-07-01T03:00:00+08:00,130,30,
                2025-07-01T00:00:00+08:00,100,28,70
                2025-06-30T17:00:00Z,,29,71
                """;
        HourlyHistory history = HourlyHistoryReader.read(csv, "h.csv");
        assertEquals(Instant.parse("2025-06-30T16:00:00Z"), history.start());
        assertEquals(4, history.hours());
        assertEquals(1, history.report().gapHours());
        assertEquals(100, history.loadKw()[0]);
        assertTrue(Double.isNaN(history.loadKw()[1]), "empty load_kw is a missing value");
        assertTrue(Double.isNaN(history.loadKw()[2]), "the gap hour");
        assertEquals(130, history.loadKw()[3]);
        assertEquals(1, history.report().missingLoadHours());
        assertEquals(2, history.report().missingRhHours(), "the empty rh_pct and the gap");
        assertTrue(Double.isNaN(history.rhPct()[3]));
        assertEquals(30, history.tempC()[3]);
        assertNull(history.visits(), "no visits column");
    }

    @Test
    void anOptionalVisitsColumnIsRead() {
        String csv = "timestamp,load_kw,temp_c,rh_pct,visits\n2025-07-01T00:00:00Z,100,28,70,12\n2025-07-01T01:00:00Z,100,28,70,\n";
        HourlyHistory history = HourlyHistoryReader.read(csv, "h.csv");
        assertEquals(12, history.visits()[0]);
        assertTrue(Double.isNaN(history.visits()[1]));
    }
}
