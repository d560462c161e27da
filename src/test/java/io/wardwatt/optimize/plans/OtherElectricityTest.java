package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.forecast.calendar.DayCalendarReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherElectricityTest {

    @Test
    void theBalanceAddsImportPvAndDischargeAndTakesOffThePlantAndCharge() {
        double[] incomer1 = {100, 100, 100, 100};
        double[] incomer2 = {50, 60, 70, 80};
        double[] pv = {0, 10, 20, Double.NaN};
        double[] plant = {40, 40, 40, 40};
        double[] charge = {5, 0, 0, 0};
        double[] balance = OtherElectricity.balanceKwh(List.of(incomer1, incomer2, pv), List.of(plant, charge), 4);
        assertEquals(105, balance[0], 1e-12);
        assertEquals(130, balance[1], 1e-12);
        assertEquals(150, balance[2], 1e-12);
        assertTrue(Double.isNaN(balance[3]), "a quarter the PV meter lacks is unknown, not 'no PV'");
        assertFalse(OtherElectricity.complete(balance));
        assertTrue(OtherElectricity.complete(new double[] {1, 2}));
    }

    @Test
    void eachSlotIsTheMeanOfItsQuartersEnergyOverTheDaysAsKw() {
        // Two days of two half-hour slots: slot 0 holds 10+20 and 30+40 kWh, slot 1 holds 5+5 and 15+15 kWh.
        double[] day1 = {10, 20, 5, 5};
        double[] day2 = {30, 40, 15, 15};
        List<Double> kw = OtherElectricity.meanKw(List.of(day1, day2), 30);
        assertEquals(List.of((30 + 70) / 2.0 / 0.5, (10 + 30) / 2.0 / 0.5), kw);
        // Quarter-hour slots: each quarter's mean energy times four.
        assertEquals(List.of(80.0, 120.0, 40.0, 40.0), OtherElectricity.meanKw(List.of(day1, day2), 15));
        assertThrows(IllegalArgumentException.class, () -> OtherElectricity.meanKw(List.of(day1), 20));
        assertThrows(IllegalArgumentException.class, () -> OtherElectricity.meanKw(List.of(new double[] {1, Double.NaN}), 15));
    }

    @Test
    void thePeakIsTheHighestQuarterOfTheIncomersTogetherWhereBothRead() {
        double[] incomer1 = {100, 150, Double.NaN, 90};
        double[] incomer2 = {60, 40, 500, 95};
        // 190 kWh in a quarter hour is 760 kW; the 500 kWh quarter lacks incomer 1 and says nothing of the sum.
        assertEquals(760, OtherElectricity.peakKw(List.of(incomer1, incomer2)), 1e-12);
        assertTrue(Double.isNaN(OtherElectricity.peakKw(List.of(new double[] {Double.NaN}))));
        assertTrue(Double.isNaN(OtherElectricity.peakKw(List.of())));
    }

    @Test
    void daysOfTheSameTypeFollowTheChineseCalendarNotTheWeekday() {
        var cn = DayCalendarReader.named("cn");
        // Monday 13 October 2025 is a working day. Before it: Sunday 12 off, Saturday 11 a make-up working day (国庆节调休),
        // 10 and 9 working, 1..8 October the National Day holiday, 30 September working.
        List<LocalDate> working = OtherElectricity.sameDayTypeBefore(LocalDate.of(2025, 10, 13), cn, 13);
        assertEquals(List.of(LocalDate.of(2025, 10, 11), LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 9), LocalDate.of(2025, 9, 30)),
                working);
        // Holiday Wednesday 8 October takes the days off before it: the holiday and the weekend 4/5 October.
        List<LocalDate> off = OtherElectricity.sameDayTypeBefore(LocalDate.of(2025, 10, 8), cn, 10);
        assertEquals(List.of(LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 4),
                LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 1)), off);
    }
}
