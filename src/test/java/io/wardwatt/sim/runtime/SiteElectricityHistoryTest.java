package io.wardwatt.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.MutableClock;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.history.HistoryPlan;
import io.wardwatt.sim.history.HistoryPoint;
import io.wardwatt.sim.history.LiveCounters;
import io.wardwatt.sim.history.SimulatedHistory;
import io.wardwatt.sim.hospital.BuildingParameters;
import io.wardwatt.sim.hospital.CoolingLoadModel;
import io.wardwatt.sim.hospital.ImagingDevice;
import io.wardwatt.sim.hospital.OutpatientVisits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three days of the demo simulator's history of the site's electricity, the points resolved as the backfill resolves
 * them (demo devices file, shipped templates, a counter file): the incomers' import is what the chiller plant's
 * sub-meter, the building, the imaging sub-meters, PV and the battery make of it, PV and the battery run their day, and
 * every counter continues into the live register without a jump.
 */
class SiteElectricityHistoryTest {

    /** Thursday 24 July 2025, 14:03:17 in Shanghai: the simulator's start, not on the 5-minute grid. */
    static final Instant START = Instant.parse("2025-07-24T06:03:17Z");
    static final HistoryPlan THREE_DAYS = new HistoryPlan(3, Duration.ofMinutes(1), Duration.ofMinutes(5));
    static final List<String> IMAGING = List.of("MRI1", "MRI2", "CT1", "CT2", "CT3", "DSA1", "DSA2");
    static final List<String> COUNTERS = new ArrayList<>(List.of("INC1.KWH", "INC2.KWH", "CHP.KWH", "CHP.KVARH_IMP", "CHP.KWH_TOTAL",
            "PV.KWH", "BESS.CHG.KWH", "BESS.DIS.KWH"));

    static {
        IMAGING.forEach(d -> COUNTERS.add(d + ".KWH"));
    }

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(START);
    private ModbusHospital simulator;

    @BeforeEach
    void simulator() throws Exception {
        // Some registers stand above the model's initial values, as after months of running.
        Path counters = directory.resolve("sim-counters.properties");
        Files.writeString(counters, "INC1.KWH=52000000.0\nCHP-SUB.KWH=9000000.0\nBESS.CHG.KWH=120000.0\nMRI1.KWH=400000.0\n");
        simulator = SimulatorSetup.build(new SimulatorOptions(SimulatorOptions.DEFAULT_DEVICES, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS,
                null, 20250721, 1.0, START, Duration.ofMinutes(10), Duration.ofSeconds(1), counters), clock);
    }

    @AfterEach
    void close() {
        simulator.close();
    }

    private SimulatedHistory history(LiveCounters live, List<String> codes) {
        List<HistoryPoint> points = codes.stream()
                .map(code -> simulator.historyPoint(code).orElseThrow(() -> new AssertionError(code + " is not served"))).toList();
        return SimulatedHistory.simulate(simulator.hospital().settings(), THREE_DAYS, points, live);
    }

    @Test
    void everyDefaultBackfillPointIsServedAndEveryCounterOfThePlantSubMeterIsAmongThem() {
        List<String> defaults = Arrays.stream(SimConfig.Backfill.DEFAULT_POINTS.split(",")).map(k -> k.substring(k.indexOf('/') + 1)).toList();
        for (String code : defaults) {
            assertTrue(simulator.historyPoint(code).isPresent(), code + " is served by the simulator");
        }
        for (String code : simulator.liveCounters().values().keySet()) {
            if (code.startsWith("CHP.") || code.startsWith("BESS.") || code.startsWith("PV.") || IMAGING.stream().anyMatch(d -> code.startsWith(d + "."))) {
                assertTrue(defaults.contains(code), "the counter " + code + " is back-filled");
            }
        }
    }

    @Test
    void theIncomersImportPlantPlusBuildingPlusImagingLessPvLessBattery() {
        LiveCounters live = simulator.liveCounters();
        SimulatedHistory history = history(live, COUNTERS);
        List<Instant> times = history.times();
        HospitalSettings settings = simulator.hospital().settings();
        CoolingLoadModel loads = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL, settings.weather(),
                new OutpatientVisits(settings.midweekOutpatientVisits(), settings.zone()), settings.zone());
        double[] inc1 = history.values("INC1.KWH");
        double[] inc2 = history.values("INC2.KWH");
        double[] plant = history.values("CHP.KWH");
        double[] pv = history.values("PV.KWH");
        double[] charged = history.values("BESS.CHG.KWH");
        double[] discharged = history.values("BESS.DIS.KWH");
        List<double[]> imaging = IMAGING.stream().map(d -> history.values(d + ".KWH")).toList();
        double plantTotal = 0;
        double buildingTotal = 0;
        double imagingTotal = 0;
        double pvTotal = 0;
        for (int i = 1; i < times.size(); i++) {
            // The building's own electricity (no meter of its own): the load model, held over each 1-minute step.
            double building = 0;
            for (int minute = 1; minute <= 5; minute++) {
                building += loads.at(times.get(i - 1).plusSeconds(60L * minute)).buildingElectricKw() / 60;
            }
            double imagingKwh = 0;
            for (double[] device : imaging) {
                imagingKwh += device[i] - device[i - 1];
            }
            double expected = (plant[i] - plant[i - 1]) + building + imagingKwh - (pv[i] - pv[i - 1])
                    - ((discharged[i] - discharged[i - 1]) - (charged[i] - charged[i - 1]));
            double imported = (inc1[i] - inc1[i - 1]) + (inc2[i] - inc2[i - 1]);
            assertEquals(expected, imported, 0.01, "import in the 5 minutes to " + times.get(i));
            plantTotal += plant[i] - plant[i - 1];
            buildingTotal += building;
            imagingTotal += imagingKwh;
            pvTotal += pv[i] - pv[i - 1];
        }
        // A July plant: its share of the site's electricity is large, and every part counts.
        double days = (times.size() - 1) / 288.0;
        assertTrue(plantTotal / days > 40_000, "plant kWh/day " + plantTotal / days);
        assertTrue(buildingTotal / days > 40_000, "building kWh/day " + buildingTotal / days);
        assertTrue(imagingTotal / days > 1_000 && imagingTotal / days < 10_000, "imaging kWh/day " + imagingTotal / days);
        assertTrue(pvTotal / days > 300, "PV kWh/day " + pvTotal / days);
        assertEquals(history.values("CHP.KVARH_IMP")[times.size() - 1] - history.values("CHP.KVARH_IMP")[0],
                plantTotal * Math.tan(Math.acos(0.90)), 0.01, "the plant's reactive energy at power factor 0.90");
    }

    @Test
    void pvSleepsAtNightTheBatteryKeepsItsLimitsAndImagingStandsByOutOfHours() {
        LiveCounters live = simulator.liveCounters();
        List<String> codes = new ArrayList<>(List.of("PV.KWH", "BESS.CHG.KWH", "BESS.DIS.KWH", "BESS.SOC"));
        IMAGING.forEach(d -> codes.addAll(List.of(d + ".KWH", d + ".STATE", d + ".KW")));
        SimulatedHistory history = history(live, codes);
        List<Instant> times = history.times();
        double[] pv = history.values("PV.KWH");
        double[] soc = history.values("BESS.SOC");
        double[] charged = history.values("BESS.CHG.KWH");
        double[] discharged = history.values("BESS.DIS.KWH");
        int nights = 0;
        int noons = 0;
        boolean charging = false;
        boolean discharging = false;
        for (int i = 1; i < times.size(); i++) {
            ZonedDateTime local = times.get(i).atZone(HospitalSettings.SHANGHAI);
            double generated = pv[i] - pv[i - 1];
            if (local.getHour() < 4 || local.getHour() >= 21) {
                assertEquals(0, generated, 1e-9, "no PV at night: " + local);
                nights++;
            }
            if (local.getHour() == 12) {
                assertTrue(generated > 1, "PV at noon: " + local + " " + generated);
                noons++;
            }
            assertTrue(soc[i] >= 85 - 1e-9 && soc[i] <= 100 + 1e-9, "state of charge within reserve and full: " + soc[i] + " at " + local);
            double in = charged[i] - charged[i - 1];
            double out = discharged[i] - discharged[i - 1];
            assertTrue(in >= 0 && out >= 0, "the battery's counters never run backwards");
            // What went in less what came out, after 5 % loss each way, is what the state of charge says.
            assertEquals(10.0 * (soc[i] - soc[i - 1]), in * 0.95 - out / 0.95, 1e-6, "energy balance to " + local);
            if (soc[i] > soc[i - 1]) {
                assertTrue(in > 0 && local.getHour() < 6 || local.getHour() == 6 && local.getMinute() == 0, "charges at night: " + local);
                charging = true;
            }
            if (soc[i] < soc[i - 1]) {
                assertTrue(out > 0 && local.getHour() >= 18 && local.getHour() <= 21, "discharges in the evening peak: " + local);
                discharging = true;
            }
        }
        assertTrue(nights > 100 && noons > 20, nights + " night and " + noons + " noon samples");
        assertTrue(charging && discharging, "a daily cycle");
        assertEquals(85, Arrays.stream(soc).min().orElseThrow(), 0.5, "the evening peak empties it to the reserve");
        assertEquals(100, Arrays.stream(soc).max().orElseThrow(), 1e-9, "the night fills it");

        for (String device : IMAGING) {
            double[] state = history.values(device + ".STATE");
            double[] power = history.values(device + ".KW");
            boolean standby = false;
            boolean scanning = false;
            for (int i = 0; i < times.size(); i++) {
                standby |= state[i] == ImagingDevice.STANDBY;
                scanning |= state[i] == ImagingDevice.SCANNING;
                assertTrue(power[i] > 0, device + " draws power in every state");
            }
            assertTrue(scanning, device + " scans");
            assertEquals(!device.equals("CT1"), standby, device + " stands by out of hours unless it is the emergency CT");
        }
    }

    @Test
    void everyCounterContinuesIntoTheLiveRegisterWithoutAJump() {
        LiveCounters live = simulator.liveCounters();
        assertEquals(9_000_000.0, live.value("CHP.KWH").orElseThrow(), 0.1, "the counter file's value, as the register shows it");
        SimulatedHistory history = history(live, COUNTERS);
        int last = history.times().size() - 1;
        double gapSeconds = Duration.between(history.times().get(last), START).toSeconds();
        clock.advance(Duration.ofMinutes(5));
        simulator.update();
        LiveCounters later = simulator.liveCounters();
        for (String code : COUNTERS) {
            double[] series = history.values(code);
            double start = live.value(code).orElseThrow();
            double end = later.value(code).orElseThrow();
            // The fastest the counter ran over the history's last day, per second; plus the register's resolution (PV: 1 kWh).
            double fastest = 0;
            for (int i = last - 287; i <= last; i++) {
                fastest = Math.max(fastest, (series[i] - series[i - 1]) / 300);
            }
            double resolution = code.equals("PV.KWH") ? 1.0 : 0.1;
            double seam = start - series[last];
            assertTrue(seam >= 0, code + " ends at or below the live register: " + series[last] + " vs " + start);
            assertTrue(seam <= 1.5 * fastest * gapSeconds + resolution, code + ": no jump into the live register, " + seam + " kWh in "
                    + gapSeconds + " s, at most " + fastest * 3600 + " kW before");
            assertTrue(end >= start && end - start <= 1.5 * fastest * 300 + resolution,
                    code + " runs on live as it ran in the history: " + (end - start) + " kWh in 5 min");
        }
    }
}
