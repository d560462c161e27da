package io.wardwatt.sim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.plant.ChillerCurveSetReader;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.hospital.OutpatientVisits;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.SyntheticClimate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedHistoryTest {

    static final HospitalSettings SETTINGS = new HospitalSettings(ChillerCurveSetReader.readDirectory(Path.of("chiller-models/chillers")),
            new SyntheticClimate(ClimateNormals.SHANGHAI, 42), 42, Duration.ofMinutes(10), 8_000, HospitalSettings.SHANGHAI);
    /** Tuesday 22 July 2025, 14:02:30 in Shanghai: not on the 5-minute grid. */
    static final Instant END = Instant.parse("2025-07-22T06:02:30Z");
    static final HistoryPlan TWO_DAYS = new HistoryPlan(2, Duration.ofMinutes(1), Duration.ofMinutes(5));
    static final HistoryPoint COOLING = new HistoryPoint("CHW.KWH", "CHW-BTU", "KWH", true, 99_999_999.9);
    static final HistoryPoint OUTDOOR = new HistoryPoint("WX.OAT", "WX", "OAT", false, null);

    @Test
    void samplesEveryIntervalFromTheGridPointAfterTheStartToJustBeforeTheEnd() {
        SimulatedHistory history = SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(COOLING, OUTDOOR),
                new LiveCounters(END, Map.of("CHW.KWH", 80_000_000.0)));

        assertEquals(Instant.parse("2025-07-20T06:05:00Z"), history.from());
        assertEquals(2 * 24 * 12, history.times().size(), "two days less the 2.5 minutes before the grid point");
        assertEquals(Instant.parse("2025-07-22T06:00:00Z"), history.times().get(history.times().size() - 1));
        double[] outdoor = history.values("WX.OAT");
        for (int i = 0; i < outdoor.length; i++) {
            // The station's probe: the weather's dry bulb with at most 0.05 K of noise.
            assertEquals(SETTINGS.weather().at(history.times().get(i)).dryBulbC(), outdoor[i], 0.05 + 1e-9);
        }
    }

    @Test
    void aCounterEndsAtTheLiveValueAndCountsWhatTheLiveModelCounts() {
        SimulatedHistory history = SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(COOLING),
                new LiveCounters(END, Map.of("CHW.KWH", 80_000_000.0)));

        double[] cooling = history.values("CHW.KWH");
        for (int i = 1; i < cooling.length; i++) {
            assertTrue(cooling[i] > cooling[i - 1], "the cooling meter never stands (900 kW of process cooling): " + history.times().get(i));
        }
        double last = cooling[cooling.length - 1];
        assertTrue(last <= 80_000_000.0, "ends at or below the live register: " + last);
        // 2.5 minutes before the end, at most the design load.
        assertTrue(80_000_000.0 - last < 17_500 * 2.5 / 60, "and just below it: " + (80_000_000.0 - last));

        // The first three hours against the live simulator's one-second model from the same start.
        SimulatedHospital live = new SimulatedHospital(SETTINGS, history.from());
        for (int hour = 1; hour <= 3; hour++) {
            double before = live.plant().coolingKwh();
            live.advanceTo(history.from().plus(Duration.ofHours(hour)));
            double expected = live.plant().coolingKwh() - before;
            double got = cooling[hour * 12] - cooling[(hour - 1) * 12];
            assertEquals(expected, got, expected * 0.01, "hour " + hour);
        }
    }

    @Test
    void aCounterThatWouldGoBelowZeroWrapsAtItsRolloverAndWithoutOneHasNoValue() {
        HistoryPoint noRollover = new HistoryPoint("INC1.KWH", "INC1", "KWH", true, null);
        SimulatedHistory history = SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(COOLING, noRollover),
                new LiveCounters(END, Map.of("CHW.KWH", 1_000.0, "INC1.KWH", 1_000.0)));

        double[] cooling = history.values("CHW.KWH");
        double[] electricity = history.values("INC1.KWH");
        assertTrue(cooling[0] > 99_000_000 && cooling[cooling.length - 1] < 1_000, "wrapped once: " + cooling[0] + " .. " + cooling[cooling.length - 1]);
        assertTrue(Double.isNaN(electricity[0]), "a register without rollover cannot have shown a negative count");
        assertTrue(electricity[electricity.length - 1] >= 0 && electricity[electricity.length - 1] <= 1_000);
    }

    @Test
    void eachWholeLocalDayHasTheModelsOutpatientVisits() {
        SimulatedHistory history = SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(OUTDOOR), new LiveCounters(END, Map.of()));

        // 20 July 14:05 to 22 July 14:02 in Shanghai: only Monday the 21st lies wholly inside.
        LocalDate monday = LocalDate.of(2025, 7, 21);
        double expected = new OutpatientVisits(SETTINGS.midweekOutpatientVisits(), SETTINGS.zone()).visitsOn(monday);
        assertEquals(Map.of(monday, (int) Math.round(expected)), history.dailyVisits());
    }

    @Test
    void aCounterNeedsALiveValueAndAPointASimulatedDevice() {
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(COOLING), new LiveCounters(END, Map.of())));
        HistoryPoint unknown = new HistoryPoint("X.KW", "NO-SUCH-DEVICE", "KW", false, null);
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(unknown), new LiveCounters(END, Map.of())));
    }

    @Test
    void aPlanNamesWhatIsWrong() {
        assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(0, Duration.ofMinutes(1), Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(3, Duration.ofMillis(500), Duration.ofMinutes(5)));
        IllegalArgumentException notMultiple = assertThrows(IllegalArgumentException.class,
                () -> new HistoryPlan(3, Duration.ofMinutes(2), Duration.ofMinutes(5)));
        assertTrue(notMultiple.getMessage().startsWith("interval"), notMultiple.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(3, Duration.ofMinutes(1), Duration.ofMinutes(7)));
    }
    @Test
    void aSupervisionIsCalledBeforeEveryStepFromItsAttachmentAndOneThatWritesNothingLeavesTheHistoryAsItWas() {
        Instant attach = Instant.parse("2025-07-21T00:00:00Z");
        List<Instant> calls = new java.util.ArrayList<>();
        Supervision watching = new Supervision() {
            @Override
            public Instant attachAt() {
                return attach;
            }

            @Override
            public StepHook attach(SimulatedHospital hospital) {
                assertEquals(attach, hospital.now(), "attached when its instant comes");
                return now -> {
                    calls.add(now);
                    assertEquals(now, hospital.now(), "called with the model's time, before its step");
                };
            }
        };
        LiveCounters end = new LiveCounters(END, Map.of("CHW.KWH", 80_000_000.0));
        SimulatedHistory watched = SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(COOLING, OUTDOOR), end, watching);
        SimulatedHistory alone = SimulatedHistory.simulate(SETTINGS, TWO_DAYS, List.of(COOLING, OUTDOOR), end);

        assertEquals(attach, calls.get(0));
        for (int i = 1; i < calls.size(); i++) {
            assertEquals(Duration.ofMinutes(1), Duration.between(calls.get(i - 1), calls.get(i)), "every one-minute step: " + calls.get(i));
        }
        assertTrue(!calls.get(calls.size() - 1).isBefore(END.minus(Duration.ofMinutes(1))), "up to the end: " + calls.get(calls.size() - 1));
        // a supervision that writes nothing leaves the history as it was
        org.junit.jupiter.api.Assertions.assertArrayEquals(alone.values("CHW.KWH"), watched.values("CHW.KWH"), 1e-6);
    }
}
