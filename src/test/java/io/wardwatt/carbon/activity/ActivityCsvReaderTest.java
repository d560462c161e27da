package io.wardwatt.carbon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activities from CSV: units converted to each carrier's canonical unit; every bad row is a problem with its line. */
class ActivityCsvReaderTest {

    @Test
    void rowsAreReadAndConvertedToCanonicalUnits() {
        ActivitySheet sheet = ActivityCsvReader.read("""
                \uFEFFcarrier,quantity,unit,source
                electricity,1250000,kWh,metered
                # a comment line, skipped

                electricity,36,GJ,estimated
                lpg,350,kg,manual
                refrigerant:R-134a,0.045,t,MANUAL
                "heat","2.5","MWh",metered
                """, "july.csv");
        assertEquals(List.of(), sheet.problems());
        List<Activity> activities = sheet.requireValid();
        assertEquals(5, activities.size());
        assertEquals("1250", plain(activities.get(0).canonicalQuantity()), "1,250,000 kWh = 1,250 MWh");
        assertEquals("10", plain(activities.get(1).canonicalQuantity()), "36 GJ / 3.6 = 10 MWh");
        assertEquals(DataSource.ESTIMATED, activities.get(1).source());
        assertEquals("0.35", plain(activities.get(2).canonicalQuantity()), "350 kg = 0.35 t");
        assertEquals("45", plain(activities.get(3).canonicalQuantity()), "0.045 t = 45 kg");
        assertEquals("R-134a", activities.get(3).carrier().gas());
        assertEquals("9", plain(activities.get(4).canonicalQuantity()), "2.5 MWh = 9 GJ");
        assertEquals("july.csv line 8", activities.get(4).origin());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void withoutASourceColumnRowsAreManual() {
        List<Activity> activities = ActivityCsvReader.read("carrier,quantity,unit\ndiesel,1.2,t\n", "a.csv").requireValid();
        assertEquals(DataSource.MANUAL, activities.get(0).source());
        assertEquals(QuantityUnit.T, activities.get(0).unit());
    }

    @Test
    void everyBadRowIsAProblemWithItsLine() {
        ActivitySheet sheet = ActivityCsvReader.read("""
                carrier,quantity,unit,source
                electricity,1200,MWh,metered
                steam,40,GJ,metered
                electricity,1200,kwhh,metered
                electricity,500,m3,metered
                natural_gas,900,GJ,metered
                diesel,200,kg,metered,extra
                diesel,-3,t,manual
                lpg,twelve,kg,manual
                refrigerant:,5,kg,manual
                heat,4,t,guessed
                refrigerant:R-32,-1,m3,manual
                electricity,1,200,MWh,metered
                """, "bad.csv");
        assertEquals(List.of(
                "bad.csv line 3: unknown carrier 'steam': one of electricity, green_electricity, pv_generated, pv_self_consumed, pv_exported,"
                        + " natural_gas, diesel, lpg, heat, refrigerant:<gas>",
                "bad.csv line 4: unknown unit 'kwhh': kWh, MWh, GJ, m3, t or kg",
                "bad.csv line 5: unit m3 does not fit electricity: electricity is electrical energy (kWh, MWh, GJ)",
                "bad.csv line 6: unit GJ does not fit natural_gas: natural_gas is counted by volume in m3 at standard conditions;"
                        + " its calorific value comes from the factor set",
                "bad.csv line 7: expected 4 fields (carrier,quantity,unit,source), got 5; write numbers without thousands separators",
                "bad.csv line 8: quantity -3 is negative: give what was bought, used or topped up (PV fed into the grid is pv_exported)",
                "bad.csv line 9: quantity 'twelve' is not a number",
                "bad.csv line 10: 'refrigerant:' names no gas: write refrigerant:<gas>, e.g. refrigerant:R-134a",
                "bad.csv line 11: source 'guessed' is not metered, manual or estimated",
                "bad.csv line 12: quantity -1 is negative: give what was bought, used or topped up (PV fed into the grid is pv_exported)",
                "bad.csv line 12: unit m3 does not fit refrigerant:R-32: a refrigerant top-up is counted by mass (kg, t)",
                "bad.csv line 13: expected 4 fields (carrier,quantity,unit,source), got 5; write numbers without thousands separators"),
                sheet.problems().stream().map(InputProblem::toString).toList());
        assertEquals(1, sheet.activities().size(), "the good row is read, but the sheet as a whole is refused");
        assertThrows(InvalidInputException.class, sheet::requireValid);
    }

    @Test
    void unitsThatNeedMoreThanAConversionAreRefusedWithWhatWouldDo() {
        List<String> problems = ActivityCsvReader.read("""
                carrier,quantity,unit
                heat,12,t
                diesel,300,m3
                pv_exported,5,kg
                """, "units.csv").problems().stream().map(InputProblem::toString).toList();
        assertEquals(List.of(
                "units.csv line 2: unit t does not fit heat: heat is counted as energy (GJ, MWh, kWh); steam by mass needs its enthalpy:"
                        + " GJ = t x (h - 83.74 kJ/kg) / 1000",
                "units.csv line 3: unit m3 does not fit diesel: diesel is counted by mass (t, kg); a volume would need the fuel's density",
                "units.csv line 4: unit kg does not fit pv_exported: pv_exported is electrical energy (kWh, MWh, GJ)"), problems);
    }

    @Test
    void aWrongHeaderStopsTheFileAtLineOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ActivityCsvReader.read("carrier,amount,units,source,source\nelectricity,1,MWh,metered\n", "h.csv"));
        assertEquals(List.of(
                "h.csv line 1: unknown column 'amount' (the header is carrier,quantity,unit[,source])",
                "h.csv line 1: unknown column 'units' (the header is carrier,quantity,unit[,source])",
                "h.csv line 1: column 'source' appears twice",
                "h.csv line 1: the header lacks column 'quantity'",
                "h.csv line 1: the header lacks column 'unit'"), e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void aFileWithoutRowsIsAProblem() {
        assertEquals(List.of("empty.csv: holds no activity row"),
                ActivityCsvReader.read("carrier,quantity,unit\n\n", "empty.csv").problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void anActivityChecksItselfWhereverItComesFrom() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Activity(Carrier.of(CarrierKind.NATURAL_GAS),
                new BigDecimal("-5"), QuantityUnit.KG, DataSource.METERED, "meter GAS-1, July"));
        assertEquals(List.of(
                "meter GAS-1, July: quantity -5 is negative: give what was bought, used or topped up (PV fed into the grid is pv_exported)",
                "meter GAS-1, July: unit kg does not fit natural_gas: natural_gas is counted by volume in m3 at standard conditions;"
                        + " its calorific value comes from the factor set"), e.problems().stream().map(InputProblem::toString).toList());
    }
}
