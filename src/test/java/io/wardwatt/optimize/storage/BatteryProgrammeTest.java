package io.wardwatt.optimize.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.Objective;
import io.wardwatt.optimize.tariff.SeasonalTariff;
import io.wardwatt.optimize.tariff.SeasonalTariffReader;
import io.wardwatt.optimize.tariff.SlotPrices;
import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.BatteryTimetable;
import io.wardwatt.plant.ClockWindow;
import io.wardwatt.plant.EmergencyReserve;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatteryProgrammeTest {

    /** The contract's demo battery: 1 MWh, 500 kW both ways, 95 % each way, 10 % minimum. */
    static final BatteryDefinition DEMO = new BatteryDefinition("BESS", 1000, 500, 500, 0.95, 0.95, 0.10, 0.90,
            new BatteryTimetable(new ClockWindow(0, 360), 100, new ClockWindow(18 * 60, 21 * 60), 100));
    /** 180 kW for 2.5 h from dusk to dawn: 473.7 kWh above the minimum. */
    static final EmergencyReserve NIGHT = new EmergencyReserve(List.of(new EmergencyReserve.Load("emergency lighting", 120),
            new EmergencyReserve.Load("emergency lifts", 60)), 2.5, new ClockWindow(18 * 60, 7 * 60));
    static final Objective COST = new Objective(1, 0);
    static final LocalDateTime JULY_16 = LocalDateTime.of(2026, 7, 16, 0, 0);

    @Test
    void theProgrammeFindsWhatBruteForceFindsOnSmallDays() {
        // 40 kWh, 20 kW, 90 % each way, steps of 4 kWh: 11 levels, 6 one-hour slots from 17:00, reserve 19:00-21:00
        BatteryDefinition small = new BatteryDefinition("B", 40, 20, 20, 0.9, 0.9, 0.1, 0.5, null);
        EmergencyReserve reserve = new EmergencyReserve(List.of(new EmergencyReserve.Load("lights", 9)), 1, new ClockWindow(19 * 60, 21 * 60));
        Random random = new Random(5);
        for (int trial = 0; trial < 12; trial++) {
            double[] net = new double[6];
            double[] price = new double[6];
            double[] carbon = new double[6];
            for (int s = 0; s < 6; s++) {
                net[s] = 5 + 40 * random.nextDouble();
                price[s] = 0.2 + random.nextDouble();
                carbon[s] = 0.5 + 0.2 * random.nextDouble();
            }
            double demandCharge = trial % 2 == 0 ? 0 : 2 + random.nextDouble() * 3;
            double peakSoFar = trial % 4 == 1 ? 30 : 0;
            StorageDay day = new StorageDay(LocalDateTime.of(2026, 7, 16, 17, 0), 60, net, price, carbon, new Objective(1, 0.05), demandCharge,
                    peakSoFar);
            double start = 20;
            double end = trial % 3 == 0 ? 28 : 20;
            BatteryProgramme programme = new BatteryProgramme(small, reserve, 0.1);
            BatterySchedule schedule = programme.optimise(day, start, end);
            double brute = bruteForce(small, day, start, end, 4, new double[] {0, 0, 9 / 0.9, 9 / 0.9, 9 / 0.9, 0, 0});
            assertTrue(schedule.feasible(), schedule.problem());
            assertEquals(brute, cost(day, schedule.batteryKw()), 1e-9, "trial " + trial);
            assertEquals(brute, day.objectiveOf(schedule.batteryKw()), 1e-9, "trial " + trial);
            // boundaries 2, 3, 4 are 19:00, 20:00, 21:00: the window's, both ends included
            double bound = StorageRelaxation.lowerBound(small, reserve, day, start, end);
            assertTrue(bound <= brute + 1e-7, "the relaxation bounds the optimum: " + bound + " > " + brute);
            assertTrue(bound > 0.8 * brute, "and is not vacuous: " + bound + " against " + brute);
        }
    }

    @Test
    void itChargesInTheValleyAndDischargesInThePeakWhenTheSpreadBeatsTheLosses() {
        // July: valley 0.288, flat 0.72, peak 1.296, critical peak 1.62. Bought at 0.288 or even at 0.72, a kWh
        // delivered after the 0.9025 round trip costs 0.319 or 0.798: below the peak's 1.296 either way.
        SlotPrices prices = shanghai().slots(JULY_16, 30, 48);
        StorageDay day = day(constant(3000), prices.prices(), 0);
        BatterySchedule schedule = new BatteryProgramme(DEMO, null).optimise(day, 900, 900);
        double valleyCharge = 0;
        for (int s = 0; s < 48; s++) {
            double kw = schedule.batteryKw()[s];
            String period = prices.periods()[s];
            if (kw < 0) {
                assertTrue(period.equals("valley") || period.equals("flat"), "charges only in cheap hours, not in slot " + s + " (" + period + ")");
                valleyCharge -= period.equals("valley") ? kw * 0.5 : 0;
            }
            if (kw > 0) {
                assertTrue(period.contains("peak"), "discharges only in peak hours, not in slot " + s + " (" + period + ")");
            }
        }
        assertTrue(valleyCharge > 0.9 * 800 / 0.95, "a full cycle's worth charged in the valley: " + valleyCharge + " kWh");
        assertTrue(schedule.batteryKw()[24] > 0 && schedule.batteryKw()[25] > 0, "the critical peak 12:00-13:00 is served first");
        assertTrue(day.objectiveOf(schedule.batteryKw()) < day.objectiveOf(new double[48]) - 500, "it saves against standing by");
    }

    @Test
    void itDoesNotCycleWhenTheSpreadDoesNotPayForTheLosses() {
        // round trip 0.95 × 0.95 = 0.9025: 0.70 bought gives 0.70/0.9025 = 0.776 per kWh delivered, above 0.72
        double[] narrow = new double[48];
        double[] wide = new double[48];
        for (int s = 0; s < 48; s++) {
            narrow[s] = s < 12 ? 0.70 : 0.72;
            wide[s] = s < 12 ? 0.60 : 0.72;
        }
        BatterySchedule none = new BatteryProgramme(DEMO, null).optimise(day(constant(3000), narrow, 0), 500, 500);
        assertEquals(0, none.chargedKwh(0.5), 1e-9);
        assertEquals(0, none.dischargedKwh(0.5), 1e-9);
        // 0.60 / 0.9025 = 0.665 < 0.72: now it pays
        BatterySchedule some = new BatteryProgramme(DEMO, null).optimise(day(constant(3000), wide, 0), 500, 500);
        assertTrue(some.chargedKwh(0.5) > 400, "charged " + some.chargedKwh(0.5));
    }

    @Test
    void theReserveIsHeldAtEveryBoundaryOfTheWindowAndBindsTheEveningDischarge() {
        SlotPrices prices = shanghai().slots(JULY_16, 30, 48);
        StorageDay day = day(constant(3000), prices.prices(), 0);
        BatterySchedule schedule = new BatteryProgramme(DEMO, NIGHT).optimise(day, 900, 900);
        assertTrue(schedule.feasible());
        double floor = 100 + 180 * 2.5 / 0.95;
        for (int t = 0; t <= 48; t++) {
            int minute = (t * 30) % 1440;
            if (minute >= 18 * 60 || minute <= 7 * 60) {
                assertTrue(schedule.storedKwh()[t] >= floor - 1e-6, "boundary " + t + ": " + schedule.storedKwh()[t] + " < " + floor);
            }
        }
        // the evening peak 18-21 would take the battery to its minimum; the reserve stops it within a step of the floor
        assertEquals(floor, schedule.storedKwh()[42], 5.0 + 1e-6, "21:00");
        BatterySchedule without = new BatteryProgramme(DEMO, null).optimise(day, 900, 900);
        assertTrue(without.storedKwh()[42] < floor - 200, "without the reserve it goes lower: " + without.storedKwh()[42]);
    }

    @Test
    void aReserveThatCannotBeReachedIsReportedAndTheShortfallKeptLeast() {
        StorageDay day = new StorageDay(LocalDateTime.of(2026, 7, 16, 17, 30), 30, constant(3000, 4), new double[] {1.3, 1.3, 1.3, 1.3},
                new double[4], COST, 0, 0);
        BatterySchedule schedule = new BatteryProgramme(DEMO, NIGHT).optimise(day, 300, 300);
        assertFalse(schedule.feasible());
        assertEquals("battery reserve of 474 kWh cannot be held from 18:00: the battery starts at 300 kWh and can charge at most 238 kWh by"
                + " then (500 kW for 0.50 h at 95 % charge efficiency), short of the 574 kWh it must hold (minimum 100 kWh plus the reserve)",
                schedule.problem());
        // as fast as it can, however dear the hour: 500 kW less what the 5 kWh steps round off (at most one step a slot)
        assertEquals(-500, schedule.batteryKw()[0], 5 / 0.95 / 0.5, "it charges as fast as it can, however dear the hour");
        assertTrue(schedule.storedKwh()[2] >= 100 + 180 * 2.5 / 0.95 - 1e-6, "and holds the reserve as soon as it can");
    }

    @Test
    void theDemandChargeLowersTheDaysPeak() {
        double[] net = constant(3000);
        for (int s = 26; s < 30; s++) {
            net[s] = 3800;
        }
        double[] flat = new double[48];
        Arrays.fill(flat, 0.72);
        BatterySchedule energyOnly = new BatteryProgramme(DEMO, null).optimise(day(net, flat, 0), 900, 900);
        StorageDay charged = day(net, flat, 40);
        BatterySchedule shaved = new BatteryProgramme(DEMO, null).optimise(charged, 900, 900);
        assertEquals(3800, peak(net, energyOnly.batteryKw()), 1e-9, "flat prices: no reason to move energy");
        // 2 h at 800 kW above 3,000 kW needs 1,600 kWh / 0.95: more than the battery holds. It fills up first (below
        // the cap), then spreads its 900 usable kWh × 0.95 = 855 kWh over the 2 h: 3,800 − 427.5 = 3,372.5 kW, each
        // kW of peak being worth 40 CNY against 0.72 / 0.9025 − 0.72 per kWh of losses.
        double shavedPeak = peak(net, shaved.batteryKw());
        assertEquals(3372.5, shavedPeak, 5, "peak " + shavedPeak);
        assertTrue(charged.objectiveOf(shaved.batteryKw()) < charged.objectiveOf(energyOnly.batteryKw()) - 10_000);
        double bound = StorageRelaxation.lowerBound(DEMO, null, charged, 900, 900);
        double found = charged.objectiveOf(shaved.batteryKw());
        assertTrue(bound <= found && (found - bound) / found < 0.001, "within 0.1 % of the relaxation: " + found + " against " + bound);
    }

    @Test
    void theConventionalTimetableRunsItsWindowsWithinTheLimitsAndTheReserve() {
        StorageDay day = day(constant(3000), constant(0.72), 0);
        BatterySchedule schedule = ConventionalBattery.run(DEMO, NIGHT, day, 700);
        // charge 00:00-06:00 at 100 kW (95 kWh stored per hour) until full: 300 kWh of room fills in 3.16 h
        for (int s = 0; s < 6; s++) {
            assertEquals(-100, schedule.batteryKw()[s], 1e-9, "slot " + s);
        }
        assertEquals(1000, schedule.storedKwh()[12], 1e-9, "full by 06:00");
        assertTrue(schedule.batteryKw()[6] > -100 && schedule.batteryKw()[6] < 0, "the last charge is cut at full");
        assertEquals(0, schedule.batteryKw()[12], 1e-9, "06:00-18:00: no window");
        // discharge 18:00-21:00 at 100 kW: 105.3 kWh an hour out of 1,000; the reserve needs 573.7: it lasts
        for (int s = 36; s < 42; s++) {
            assertEquals(100, schedule.batteryKw()[s], 1e-9, "slot " + s);
        }
        assertEquals(1000 - 300 / 0.95, schedule.storedKwh()[42], 1e-9);
        assertTrue(schedule.feasible());
        // a plan from noon at 700 kWh: the evening's 316 kWh would leave 384, below the reserve's 573.7; the discharge
        // stops at the floor, having delivered (700 − 573.7) × 0.95 = 120 kWh
        StorageDay afternoon = new StorageDay(LocalDateTime.of(2026, 7, 16, 12, 0), 30, constant(3000, 24), constant(0.72, 24), new double[24],
                COST, 0, 0);
        BatterySchedule low = ConventionalBattery.run(DEMO, NIGHT, afternoon, 700);
        for (int t = 12; t <= 24; t++) {
            assertTrue(low.storedKwh()[t] >= 100 + 180 * 2.5 / 0.95 - 1e-9, "boundary " + t);
        }
        assertEquals((700 - 100 - 180 * 2.5 / 0.95) * 0.95, low.dischargedKwh(0.5), 1e-9);
        assertEquals(0, low.batteryKw()[23], 1e-9, "nothing left above the reserve by 23:30");
    }

    /** Every sequence of levels (steps of {@code step} kWh from the start) that keeps the rules, cheapest first. */
    private static double bruteForce(BatteryDefinition b, StorageDay day, double start, double end, double step, double[] reserveAbove) {
        int slots = day.slots();
        int below = (int) Math.round((start - b.minimumKwh()) / step);
        double bottom = start - below * step;
        int levels = (int) Math.floor((b.capacityKwh() - bottom) / step + 1e-9) + 1;
        int[] path = new int[slots + 1];
        double best = Double.POSITIVE_INFINITY;
        long count = (long) Math.pow(levels, slots);
        for (long code = 0; code < count; code++) {
            long rest = code;
            path[0] = below;
            boolean ok = true;
            double[] kw = new double[slots];
            for (int t = 1; t <= slots && ok; t++) {
                path[t] = (int) (rest % levels);
                rest /= levels;
                double from = bottom + path[t - 1] * step;
                double to = bottom + path[t] * step;
                // power at the terminals from the energy moved, and its limit
                kw[t - 1] = to >= from ? -(to - from) / b.chargeEfficiency() / day.slotHours() : (from - to) * b.dischargeEfficiency() / day.slotHours();
                ok = kw[t - 1] <= b.maxDischargeKw() + 1e-9 && -kw[t - 1] <= b.maxChargeKw() + 1e-9
                        && to >= b.minimumKwh() + reserveAbove[t] - 1e-9;
            }
            if (ok && bottom + path[slots] * step >= end - 1e-9) {
                best = Math.min(best, cost(day, kw));
            }
        }
        return best;
    }

    /** Grid energy drawn at the weighted price, plus the demand charge on the day's peak above the month's. */
    private static double cost(StorageDay day, double[] batteryKw) {
        double sum = 0;
        double peak = 0;
        for (int s = 0; s < day.slots(); s++) {
            double grid = day.netLoadKw()[s] - batteryKw[s];
            double weight = day.objective().costWeight() * day.pricePerKwh()[s] + day.objective().carbonWeight() * day.carbonKgPerKwh()[s];
            sum += weight * Math.max(0, grid) * day.slotHours();
            peak = Math.max(peak, grid);
        }
        return sum + day.objective().costWeight() * day.demandChargeCnyPerKwMonth() * Math.max(0, peak - day.monthPeakSoFarKw());
    }

    private static double peak(double[] net, double[] batteryKw) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < net.length; s++) {
            peak = Math.max(peak, net[s] - batteryKw[s]);
        }
        return peak;
    }

    private static StorageDay day(double[] net, double[] prices, double demandCharge) {
        return new StorageDay(JULY_16, 30, net, prices, new double[net.length], COST, demandCharge, 3000);
    }

    private static double[] constant(double value) {
        return constant(value, 48);
    }

    private static double[] constant(double value, int slots) {
        double[] values = new double[slots];
        Arrays.fill(values, value);
        return values;
    }

    private static SeasonalTariff shanghai() {
        return SeasonalTariffReader.readFile(Path.of("chiller-models/tariffs/shanghai-general-commercial-10kv.yaml"));
    }
}
