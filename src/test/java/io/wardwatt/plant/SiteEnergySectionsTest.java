package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plant file's photovoltaic, battery and emergencyReserve sections, as the contract writes them, and their refusals. */
class SiteEnergySectionsTest {

    static final String SECTIONS = """
            photovoltaic:
              id: PV-INV
              peakKw: 480
              inverterAcKw: 440
              tiltDeg: 5
              azimuthDeg: 180
              latitudeDeg: 31.40
              longitudeDeg: 121.45
              temperatureCoefficientPerK: -0.0037
              noctC: 45
              systemLossFraction: 0.14
              scaleFactor: 1.0
            battery:
              id: BESS
              capacityKwh: 1000
              maxChargeKw: 500
              maxDischargeKw: 500
              chargeEfficiency: 0.95
              dischargeEfficiency: 0.95
              minStateOfChargeFraction: 0.10
              initialStateOfChargeFraction: 0.90
              conventionalTimetable: {charge: {from: "00:00", to: "06:00", kw: 100}, discharge: {from: "18:00", to: "21:00", kw: 100}}
            emergencyReserve:
              loads:
                - {name: "emergency lighting", kw: 120}
                - {name: "emergency lifts", kw: 60}
              hours: 2.5
              window: {from: "18:00", to: "07:00"}
            """;

    private LocatedFields fields;

    @Test
    void readsTheContractsSections() {
        LocatedFields document = document(SECTIONS);
        PhotovoltaicDefinition pv = new PhotovoltaicReader(document).read(document.root());
        BatteryDefinition battery = new BatteryReader(document).read(document.root());
        EmergencyReserve reserve = new EmergencyReserveReader(document).read(document.root(), battery);
        assertEquals(List.of(), document.problems());

        assertEquals("PV-INV", pv.id());
        assertEquals(480, pv.peakKw());
        assertEquals(8, pv.utcOffsetHours(), "121.45° E keeps the time of the 120° meridian");
        assertEquals(0.14, pv.systemLossFraction());
        assertEquals(1000, battery.capacityKwh());
        assertEquals(100, battery.minimumKwh(), 1e-9);
        assertEquals(900, battery.usableKwh(), 1e-9);
        assertEquals(new ClockWindow(0, 360), battery.conventionalTimetable().charge());
        assertEquals(new ClockWindow(18 * 60, 21 * 60), battery.conventionalTimetable().discharge());
        assertEquals(100, battery.conventionalTimetable().dischargeKw());
        // 180 kW for 2.5 h = 450 kWh delivered, 450 / 0.95 taken from the cells
        assertEquals(473.684, reserve.energyKwh(battery), 1e-3);
        assertEquals(new ClockWindow(18 * 60, 7 * 60), reserve.window());
        assertEquals(13 * 60, reserve.window().lengthMinutes());
    }

    @Test
    void aFileWithoutTheSectionsHasNone() {
        LocatedFields document = document("name: plant\n");
        assertNull(new PhotovoltaicReader(document).read(document.root()));
        assertNull(new BatteryReader(document).read(document.root()));
        assertNull(new EmergencyReserveReader(document).read(document.root(), null));
        assertEquals(List.of(), document.problems());
    }

    @Test
    void aReserveLargerThanTheUsableCapacityIsRefused() {
        List<String> problems = problems(SECTIONS.replace("hours: 2.5", "hours: 5"));
        // 180 kW × 5 h / 0.95 = 947 kWh > 1,000 × (1 − 0.10)
        assertEquals(List.of("plant.yaml line 24: emergencyReserve: needs 947.4 kWh (180 kW for 5 h at 0.95 discharge efficiency), more than"
                + " battery BESS's usable 900 kWh (capacity 1000 kWh above minimum 0.1)"), problems);
    }

    @Test
    void efficienciesOutsideZeroToOneAreRefused() {
        List<String> problems = problems(SECTIONS.replace("\n  chargeEfficiency: 0.95", "\n  chargeEfficiency: 0")
                .replace("dischargeEfficiency: 0.95", "dischargeEfficiency: 1.05"));
        assertEquals(List.of("plant.yaml line 18: battery.chargeEfficiency: must be a one-way efficiency in (0, 1], got 0",
                "plant.yaml line 19: battery.dischargeEfficiency: must be a one-way efficiency in (0, 1], got 1.05"), problems);
    }

    @Test
    void negativeLimitsAndATimetableAboveThemAreRefused() {
        List<String> problems = problems(SECTIONS.replace("maxChargeKw: 500", "maxChargeKw: -500")
                .replace("maxDischargeKw: 500", "maxDischargeKw: 80"));
        assertEquals(List.of("plant.yaml line 16: battery.maxChargeKw: -500 is below 0",
                "plant.yaml line 22: battery.conventionalTimetable.discharge.kw: 100 kW is above battery.maxDischargeKw 80 kW"), problems);
    }

    @Test
    void windowsThatAreNotClockTimesAreRefused() {
        List<String> problems = problems(SECTIONS.replace("window: {from: \"18:00\", to: \"07:00\"}", "window: {from: \"18:00\", to: \"7:00\"}")
                .replace("charge: {from: \"00:00\"", "charge: {from: \"25:00\""));
        assertEquals(List.of("plant.yaml line 22: battery.conventionalTimetable.charge.from: not a time HH:MM: '25:00'",
                "plant.yaml line 28: emergencyReserve.window.to: not a time HH:MM: '7:00'"), problems);
    }

    @Test
    void overlappingTimetableWindowsAndAnInitialStateBelowTheMinimumAreRefused() {
        List<String> problems = problems(SECTIONS.replace("discharge: {from: \"18:00\"", "discharge: {from: \"05:00\"")
                .replace("initialStateOfChargeFraction: 0.90", "initialStateOfChargeFraction: 0.05"));
        assertEquals(List.of("plant.yaml line 21: battery.initialStateOfChargeFraction: 0.05 is below minStateOfChargeFraction 0.1",
                "plant.yaml line 22: battery.conventionalTimetable.discharge: overlaps the charge window 00:00–06:00 from 05:00; the battery"
                        + " cannot charge and discharge at once"), problems);
    }

    @Test
    void aReserveWithoutABatteryAndBadPhotovoltaicValuesAreRefused() {
        String text = SECTIONS.substring(0, SECTIONS.indexOf("battery:")) + SECTIONS.substring(SECTIONS.indexOf("emergencyReserve:"));
        List<String> problems = problems(text.replace("tiltDeg: 5", "tiltDeg: 95").replace("noctC: 45", "noctC: 45\n  ratedKw: 3"));
        assertEquals(List.of("plant.yaml line 11: photovoltaic.ratedKw: unknown key; expected one of azimuthDeg, id, inverterAcKw, latitudeDeg,"
                        + " longitudeDeg, noctC, peakKw, scaleFactor, systemLossFraction, temperatureCoefficientPerK, tiltDeg, utcOffsetHours",
                "plant.yaml line 5: photovoltaic.tiltDeg: must be a tilt from horizontal in 0..90°, got 95",
                "plant.yaml line 15: emergencyReserve: the plant file has no battery to hold the reserve"), problems);
    }

    @Test
    void clockWindowsWrapPastMidnight() {
        ClockWindow night = new ClockWindow(18 * 60, 7 * 60);
        assertTrue(night.containsClosed(23 * 60));
        assertTrue(night.containsClosed(7 * 60));
        assertTrue(night.containsClosed(18 * 60));
        assertTrue(!night.containsClosed(12 * 60));
        assertEquals(30, night.overlapMinutes(6 * 60 + 30, 60), 1e-9);
        assertEquals(60, night.overlapMinutes(23 * 60 + 30, 60), 1e-9);
        assertTrue(night.edgeStrictlyInside(6 * 60 + 30, 60));
        assertTrue(!night.edgeStrictlyInside(6 * 60, 60));
        assertEquals(1440, new ClockWindow(0, 1440).lengthMinutes());
    }

    private List<String> problems(String yaml) {
        LocatedFields document = document(yaml);
        BatteryDefinition battery = new BatteryReader(document).read(document.root());
        new PhotovoltaicReader(document).read(document.root());
        new EmergencyReserveReader(document).read(document.root(), battery);
        assertNotNull(document.problems());
        return document.problems().stream().map(InputProblem::toString).toList();
    }

    private LocatedFields document(String yaml) {
        fields = new LocatedFields(LocatedYaml.parse(yaml, "plant.yaml"));
        return fields;
    }
}
