package io.wardwatt.forecast.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitCsvReaderTest {

    @Test
    void dailyAndHourlyRowsAreRead() {
        List<VisitCount> counts = VisitCsvReader.read("date,hour,visits\n2026-03-02,,8120\n2026-03-03,9,812\r\n2026-03-03,10,790\n", "up");

        assertEquals(List.of(new VisitCount(LocalDate.of(2026, 3, 2), null, 8120), new VisitCount(LocalDate.of(2026, 3, 3), 9, 812),
                new VisitCount(LocalDate.of(2026, 3, 3), 10, 790)), counts);
    }

    @Test
    void everyBadRowIsReportedWithItsLineNumber() {
        String csv = String.join("\n",
                "date,hour,visits",
                "2026-03-02,8,700",      // line 2: fine
                "2026-02-30,9,700",      // line 3: no such date
                "2026-03-02,24,700",     // line 4: no hour 24
                "2026-03-02,10,-1",      // line 5: negative
                "2026-03-02,8,701",      // line 6: second count for 8h
                "2026-03-02,,9000",      // line 7: a daily count on a day sent by the hour
                "2026-03-04,11");        // line 8: two fields
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> VisitCsvReader.read(csv, "upload"));

        assertEquals(List.of("upload line 3 date", "upload line 4 hour", "upload line 5 visits", "upload line 6", "upload line 7",
                "upload line 8"), error.problems().stream().map(InputProblem::where).toList());
    }

    @Test
    void theHeaderIsRequired() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> VisitCsvReader.read("2026-03-02,,8120\n", "upload"));

        assertEquals("upload line 1", error.problems().get(0).where());
    }
}
