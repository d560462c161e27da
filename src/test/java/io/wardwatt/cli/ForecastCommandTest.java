package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.forecast.SyntheticHistory;
import io.wardwatt.forecast.calendar.DayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast backtest} run in-process, as {@code java -jar ... forecast backtest} runs it, on files in a temporary directory. */
class ForecastCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }


    @Test
    void backtestPrintsTheMetricsAndWhatWasSkipped(@TempDir Path dir) throws IOException {
        String csv = SyntheticHistory.csv(LocalDate.of(2025, 3, 1), 60, DayCalendar.NONE, 2, 5)
                .replace("2025-03-20T05:00:00Z,", "2025-03-20T05:00:00Z,twelve-")
                .replaceAll("2025-04-02T1[0-4]:00:00Z[^\n]*\n", "");
        Path file = dir.resolve("history.csv");
        Files.writeString(file, csv);
        assertEquals(0, run("forecast", "backtest", "--history", file.toString(), "--train-days", "28"), command.err());
        JsonNode json = new ObjectMapper().readTree(command.out());
        assertEquals(60 - 2 - 28, json.get("days").asInt());
        assertEquals(30 * 24 - 5 - 5, json.get("hours").asInt(), "5 gap hours, and 5 without the week-old load a week later");
        assertTrue(json.get("cvrmsePct").asDouble() < json.get("naiveCvrmsePct").asDouble(), json.toString());
        assertTrue(json.has("nmbePct"));
        assertEquals(1, json.get("skippedRows").asInt());
        int line = 1 + 19 * 24 + 5 + 1;
        assertEquals(file + " line " + line + ": load_kw 'twelve-", json.get("skipped").get(0).asText().substring(0, (file + " line " + line + ": load_kw 'twelve-").length()));
        assertEquals(5 + 1, json.get("gapHours").asInt(), "the 5 removed hours and the bad row's hour");
        assertEquals(0, json.get("duplicateHours").asInt());
        assertEquals(24, json.get("perHorizon").size());
        assertEquals(1, json.get("perHorizon").get(0).get("hoursAhead").asInt());
        assertEquals(24, json.get("perHourOfDay").size());
        assertTrue(json.has("dayNaiveCvrmsePct"));
        assertEquals(2, json.get("perLead").size(), "day-ahead and the evening plan's");
        assertEquals(0, json.get("perLead").get(0).get("leadDays").asInt());
        assertEquals(json.get("cvrmsePct").asDouble(), json.get("perLead").get(0).get("cvrmsePct").asDouble());
        assertEquals(1, json.get("eveningPlan").get("leadDays").asInt());
        assertEquals(17, json.get("eveningPlan").get("issueHour").asInt());
        assertTrue(json.get("eveningPlan").has("ratioToLead0"));
        // per lead the naive forecasts beside the model, overall and per local hour of day, on the same hours
        for (com.fasterxml.jackson.databind.JsonNode lead : json.get("perLead")) {
            assertEquals(lead.get("cvrmsePct").asDouble() / lead.get("weekNaiveCvrmsePct").asDouble(), lead.get("ratioToWeekNaive").asDouble(), 0.002);
            assertEquals(lead.get("cvrmsePct").asDouble() / lead.get("dayNaiveCvrmsePct").asDouble(), lead.get("ratioToDayNaive").asDouble(), 0.002);
            assertTrue(lead.has("weekNaiveNmbePct") && lead.has("dayNaiveNmbePct"), lead.toString());
            assertEquals(24, lead.get("perHourOfDay").size());
            for (com.fasterxml.jackson.databind.JsonNode hour : lead.get("perHourOfDay")) {
                assertTrue(hour.get("weekNaiveCvrmsePct").isNumber() && hour.get("dayNaiveCvrmsePct").isNumber() && hour.get("dayNaiveNmbePct").isNumber()
                        && hour.get("weekNaiveNmbePct").isNumber(), hour.toString());
            }
        }
        assertTrue(json.get("calendarCoversBacktest").asBoolean());
        assertFalse(json.get("calendarProvisionalBacktest").asBoolean(), "no calendar, nothing provisional");
    }

    /** Visits 30 an hour from 08:00 to 17:00 on weekdays, 10 on weekend days, none at night. */
    private static Path historyWithVisits(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,load_kw,temp_c,rh_pct,visits\n");
        String[] lines = SyntheticHistory.csv(LocalDate.of(2025, 3, 3), 60, DayCalendar.NONE, 2, 7).split("\n");
        for (int i = 1; i < lines.length; i++) {
            java.time.ZonedDateTime hour = java.time.Instant.parse(lines[i].substring(0, 20)).atZone(java.time.ZoneOffset.UTC);
            boolean weekend = hour.getDayOfWeek().getValue() >= 6;
            int visits = hour.getHour() >= 8 && hour.getHour() < 17 ? (weekend ? 10 : 30) : 0;
            csv.append(lines[i]).append(',').append(visits).append('\n');
        }
        Path file = dir.resolve("history.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void withAVisitsColumnTheDailyVisitsForecastIsScoredToo(@TempDir Path dir) throws IOException {
        Path file = historyWithVisits(dir);
        assertEquals(0, run("forecast", "backtest", "--history", file.toString(), "--train-days", "28"), command.err());
        JsonNode visits = new ObjectMapper().readTree(command.out()).get("dailyVisits");
        assertEquals(60 - 28, visits.get("days").asInt(), "every day with 28 days before it");
        assertEquals(0, visits.get("cvrmsePct").asDouble(), 0.1, "the weekly pattern is exact (up to the vanishing ridge on a short window)");
        assertEquals((5 * 270 + 2 * 90) / 7.0, visits.get("meanVisits").asDouble(), 20);
        assertFalse(visits.get("calendarProvisional").asBoolean());
    }

    @Test
    void aBacktestOnAProvisionalYearSaysSo(@TempDir Path dir) throws IOException {
        Path history = historyWithVisits(dir);
        Path calendar = dir.resolve("provisional.yaml");
        Files.writeString(calendar, """
                name: test
                years: {from: 2025, to: 2025}
                provisional: {from: 2025, to: 2025, note: statutory days only}
                holidays:
                  - {date: 2025-05-01, name: May Day}
                """);
        assertEquals(0, run("forecast", "backtest", "--history", history.toString(), "--calendar", calendar.toString(), "--train-days", "28"), command.err());
        JsonNode json = new ObjectMapper().readTree(command.out());
        assertTrue(json.get("calendarCoversBacktest").asBoolean());
        assertTrue(json.get("calendarProvisionalBacktest").asBoolean());
        assertTrue(json.get("dailyVisits").get("calendarProvisional").asBoolean());
    }

    @Test
    void aFileWithBadRowsThroughoutExits2WithEveryLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "timestamp,load_kw,temp_c,rh_pct\n2025-01-01T00:00:00Z,-5,3,80\n2025-01-01T01:00:00Z,5,3,180\n");
        assertEquals(2, run("forecast", "backtest", "--history", file.toString()));
        assertTrue(command.err().contains(file + " line 2: load_kw -5 is outside 0..1000000"), command.err());
        assertTrue(command.err().contains(file + " line 3: rh_pct 180 is outside 0..100"), command.err());
    }

    @Test
    void aMissingHistoryOptionIsAUsageError() {
        assertEquals(2, run("forecast", "backtest", "--calendar", "cn"));
        assertTrue(command.err().contains("--history FILE is required"), command.err());
    }

    @Test
    void anUnknownCalendarFileIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, SyntheticHistory.csv(LocalDate.of(2025, 3, 1), 40, DayCalendar.NONE, 0, 6));
        assertEquals(2, run("forecast", "backtest", "--history", file.toString(), "--calendar", dir.resolve("nope.yaml").toString()));
        assertTrue(command.err().contains("nope.yaml: cannot be read"), command.err());
    }
}
