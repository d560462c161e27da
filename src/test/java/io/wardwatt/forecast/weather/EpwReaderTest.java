package io.wardwatt.forecast.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpwReaderTest {

    @Test
    void rowsAreStampedWithTheEndOfTheirHourInLocalStandardTime() {
        EpwFile file = EpwReader.read(EpwText.typicalYear(), "typical.epw");

        assertEquals(EpwFile.TYPICAL_YEAR_ROWS, file.rows().size());
        assertEquals(ZoneOffset.ofHours(8), file.zone());
        EpwRow first = file.rows().get(0);
        // Hour 1 of 1 January covers 00:00-01:00 local (UTC+8): it ends at 17:00 UTC on 31 December.
        assertEquals(Instant.parse("2004-12-31T17:00:00Z"), first.endsAt(file.zone()));
        assertEquals(9, first.line());
        assertEquals(EpwText.temperature(1, 1), first.dryBulbC(), 1e-9);
        EpwRow last = file.rows().get(8759);
        assertEquals(Instant.parse("2005-12-31T16:00:00Z"), last.endsAt(file.zone()));
        assertEquals(EpwText.radiation(12), file.rows().get(11).globalHorizontalWh(), 1e-9);
    }

    @Test
    void everyBadRowIsNamedWithItsLineAndField() {
        String[] lines = EpwText.year(2024, LocalDate.of(2024, 7, 1), 1).split("\n");
        lines[10] = lines[10].replace(",60,x,", ",60,x,warm,");   // line 11: field 7 becomes "warm", the rest shifts
        lines[12] = "2024,7,1,25,60,x,20,5,60,101000,0,0,0,0";   // line 13: hour 25
        lines[14] = "2024,7,1";                                  // line 15: too short
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EpwReader.read(String.join("\n", lines), "upload"));

        List<String> where = error.problems().stream().map(InputProblem::where).toList();
        assertEquals(List.of("upload line 11 field 7", "upload line 13 field 4", "upload line 15"), where);
    }

    @Test
    void aFileWithoutLocationIsRefusedAtLineOne() {
        String text = EpwText.typicalYear().replaceFirst("LOCATION", "PLACE");

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> EpwReader.read(text, "x.epw"));

        assertEquals("x.epw line 1", error.problems().get(0).where());
    }
}
