package io.wardwatt.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.MutableClock;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.history.HistoryPlan;
import io.wardwatt.sim.history.HistoryPoint;
import io.wardwatt.sim.history.SimulatedHistory;
import io.wardwatt.standby.StandbyAssessment;
import io.wardwatt.standby.StandbyFinding;
import io.wardwatt.standby.StandbyStandards;
import io.wardwatt.standby.WatchedDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the demo's back-fill gives the standby watch: the imaging sub-meters' power and state of the simulated history
 * (the default back-fill points, at the fine window's 1-minute step and 5-minute readings), rolled into quarter hours as
 * the rollups do, judged by the standby core against the demo's standards file. So a fresh demo's watch has whole days
 * to judge and finds what the simulator built in: MRI2 draws 25 % above its standard in standby; every other device
 * that stands by is within its standard; the emergency CT never stands by and is not judged.
 */
class BackfilledStandbyTest {

    /** Thursday 24 July 2025 in Shanghai; the two whole local days before it are judged (a Tuesday and a Wednesday). */
    static final Instant START = Instant.parse("2025-07-24T06:03:17Z");
    static final HistoryPlan THREE_DAYS = new HistoryPlan(3, Duration.ofMinutes(1), Duration.ofMinutes(5));
    static final List<String> IMAGING = List.of("MRI1", "MRI2", "CT1", "CT2", "CT3", "DSA1", "DSA2");

    @TempDir
    Path directory;

    private ModbusHospital simulator;

    @BeforeEach
    void simulator() {
        simulator = SimulatorSetup.build(new SimulatorOptions(SimulatorOptions.DEFAULT_DEVICES, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS,
                null, 20250721, 1.0, START, Duration.ofMinutes(10), Duration.ofSeconds(1), directory.resolve("sim-counters.properties")),
                new MutableClock(START));
    }

    @AfterEach
    void close() {
        simulator.close();
    }

    /** Readings of one point as 15-minute buckets (avg, min, max, count), as the rollups hold them. */
    private static List<ValueBucket> quarters(List<Instant> times, double[] values, Instant from, Instant to) {
        Map<Instant, List<Double>> byQuarter = new TreeMap<>();
        for (int i = 0; i < times.size(); i++) {
            Instant t = times.get(i);
            if (!t.isBefore(from) && t.isBefore(to)) {
                byQuarter.computeIfAbsent(Instant.ofEpochSecond(t.getEpochSecond() / 900 * 900), k -> new ArrayList<>()).add(values[i]);
            }
        }
        List<ValueBucket> buckets = new ArrayList<>();
        byQuarter.forEach((start, v) -> buckets.add(new ValueBucket(start.toString(), start, start.plusSeconds(900),
                v.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), v.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                v.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), v.size())));
        return buckets;
    }

    @Test
    void theBackfilledImagingHistoryLetsTheStandbyWatchJudgeEveryDeviceThatStandsBy() throws Exception {
        List<String> backfilled = Arrays.stream(SimConfig.Backfill.DEFAULT_POINTS.split(",")).map(k -> k.substring(k.indexOf('/') + 1)).toList();
        StandbyStandards standards = StandbyStandards.parse(Files.readString(Path.of("deploy/demo/standby-standards.yaml")),
                "deploy/demo/standby-standards.yaml");
        List<String> codes = new ArrayList<>();
        for (WatchedDevice device : standards.devices()) {
            assertTrue(backfilled.contains(device.powerPoint()) && backfilled.contains(device.statePoint()),
                    device.device() + "'s power and state are back-filled by default");
            codes.add(device.powerPoint());
            codes.add(device.statePoint());
        }
        assertEquals(IMAGING, standards.devices().stream().map(WatchedDevice::device).toList(), "the demo watches every imaging device");

        List<HistoryPoint> points = codes.stream().map(c -> simulator.historyPoint(c).orElseThrow(() -> new AssertionError(c + " not served"))).toList();
        SimulatedHistory history = SimulatedHistory.simulate(simulator.hospital().settings(), THREE_DAYS, points, simulator.liveCounters());
        StandbyAssessment assessment = new StandbyAssessment(0.15, 1.0); // the demo's threshold and the watch's default minimum

        for (LocalDate day : List.of(LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 23))) {
            Instant from = day.atStartOfDay(HospitalSettings.SHANGHAI).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(HospitalSettings.SHANGHAI).toInstant();
            for (WatchedDevice device : standards.devices()) {
                StandbyFinding f = assessment.assess(device, quarters(history.times(), history.values(device.statePoint()), from, to),
                        quarters(history.times(), history.values(device.powerPoint()), from, to));
                String what = device.device() + " on " + day + ": " + f;
                if (device.device().equals("CT1")) {
                    assertEquals("no quarter hour wholly in standby", f.note(), "the emergency CT is ready at night, never in standby: " + what);
                    continue;
                }
                assertNull(f.note(), "judged: " + what);
                assertTrue(f.standbyHours() >= 6, "a night in standby: " + what);
                if (device.device().equals("MRI2")) {
                    assertTrue(f.alert(), what);
                    assertEquals(0.25, f.excess(), 0.03, "the simulator's 17.5 kW against the 14 kW standard: " + what);
                    assertTrue(f.kwhWasted() > 3.5 * 6, "kWh wasted over the night: " + what);
                } else {
                    assertFalse(f.alert(), "within its standard: " + what);
                    assertTrue(Math.abs(f.excess()) < 0.15, what);
                }
            }
        }
    }
}
