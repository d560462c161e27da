package io.wardwatt.optimize.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import io.wardwatt.optimize.SiteInputs;
import io.wardwatt.plant.BatteryDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario's {@code site} section: per-slot other load, the month's peak so far, the battery's start. */
class SiteSectionTest {

    static final BatteryDefinition BATTERY = new BatteryDefinition("BESS", 1000, 500, 500, 0.95, 0.95, 0.10, 0.90, null);

    @Test
    void readsOneNumberOrOnePerSlot() {
        LocatedFields document = document("""
                {"site": {"otherElectricityKw": [3000, 3100, 4200], "monthPeakSoFarKw": 9800, "initialStateOfChargeKwh": 500, "pvScaleFactor": 0.93}}""");
        SiteSection section = new SiteSection(document);
        SiteInputs site = section.read(document.root(), 3, BATTERY, true);
        assertEquals(List.of(), document.problems());
        assertArrayEquals(new double[] {3000, 3100, 4200}, site.otherElectricityKw());
        assertEquals(9800, site.monthPeakSoFarKw());
        assertEquals(0.5, site.batteryStateOfChargeFraction());
        assertEquals(0.93, section.pvScaleFactor());

        LocatedFields flat = document("{\"site\": {\"otherElectricityKw\": 3500}}");
        SiteSection flatSection = new SiteSection(flat);
        SiteInputs constant = flatSection.read(flat.root(), 3, null, false);
        assertArrayEquals(new double[] {3500, 3500, 3500}, constant.otherElectricityKw());
        assertEquals(0, constant.monthPeakSoFarKw());
        assertTrue(Double.isNaN(constant.batteryStateOfChargeFraction()), "the plant file's initial state");
        assertTrue(Double.isNaN(flatSection.pvScaleFactor()), "the plant file's scale factor");
    }

    @Test
    void withoutTheOtherElectricityItIsZeroAndSaidSo() {
        LocatedFields document = document("{\"site\": {\"monthPeakSoFarKw\": 5000, \"initialStateOfChargeKwh\": 612.5}}");
        SiteSection section = new SiteSection(document);
        SiteInputs site = section.read(document.root(), 2, BATTERY, true);
        assertEquals(List.of(), document.problems());
        assertArrayEquals(new double[] {0, 0}, site.otherElectricityKw());
        assertEquals(0.6125, site.batteryStateOfChargeFraction(), 1e-12);
        assertTrue(!section.otherElectricityGiven(), "the reader then plans no demand charge");
    }

    @Test
    void noSiteIsNoSiteInputs() {
        LocatedFields document = document("{\"loadsKw\": [1, 2]}");
        assertNull(new SiteSection(document).read(document.root(), 2, BATTERY, true));
        assertEquals(List.of(), document.problems());
    }

    @Test
    void wrongValuesAreRefusedWithLineAndPath() {
        LocatedFields document = document("""
                {"site": {
                  "otherElectricityKw": [3000, -5],
                  "monthPeakSoFarKw": -1,
                  "initialStateOfChargeKwh": 50,
                  "pv": 3,
                  "pvScaleFactor": 0.9
                }}""");
        assertNull(new SiteSection(document).read(document.root(), 3, BATTERY, false));
        assertEquals(List.of("scenario.json line 5: site.pv: unknown key; expected one of initialStateOfChargeKwh, monthPeakSoFarKw,"
                        + " otherElectricityKw, pvScaleFactor",
                "scenario.json line 2: site.otherElectricityKw: has 2 values but loadsKw has 3",
                "scenario.json line 3: site.monthPeakSoFarKw: -1 is below 0",
                "scenario.json line 4: site.initialStateOfChargeKwh: 50 kWh is below battery BESS's minimum 100 kWh (minStateOfChargeFraction 0.1)",
                "scenario.json line 6: site.pvScaleFactor: the plant file has no photovoltaic section"),
                document.problems().stream().map(InputProblem::toString).toList());
    }

    private static LocatedFields document(String json) {
        return new LocatedFields(LocatedYaml.parse(json, "scenario.json"));
    }
}
