package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.plant.PlantDefinitionReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantInputsTest {

    static final PlantDefinition DEMO = PlantDefinitionReader.readFile(Path.of("chiller-models/plants/demo-hospital.yaml"));

    @Test
    void chillersComeInStagingOrderWithTheirPairedPumpsAtDesignFlowPower() {
        PlantInputs inputs = PlantInputs.from(DEMO, 30);

        assertEquals(List.of("CH1", "CH2", "CH3", "CH4", "CH5", "CH6"), inputs.chillers().stream().map(PlannedChiller::id).toList());
        PlannedChiller ch1 = inputs.chillers().get(0);
        assertEquals(List.of("PCHWP1", "CWP1"), ch1.pairedPumps().stream().map(PairedPump::id).toList());
        assertEquals(List.of("primary", "condenser"), ch1.pairedPumps().stream().map(PairedPump::role).toList());
        // rho g Q H / eta at the evaporator's 0.1507 m³/s and 15 m, and the condenser's 0.1884 m³/s and 22 m (0.72 and 0.74 wire-to-water).
        double primary = 998 * 9.81 * 0.1507 * 15 / 0.72 / 1000;
        double condenser = 998 * 9.81 * 0.1884 * 22 / 0.74 / 1000;
        assertEquals(primary, ch1.pairedPumps().get(0).powerKw(), 0.02 * primary);
        assertEquals(condenser, ch1.pairedPumps().get(1).powerKw(), 0.02 * condenser);
        assertEquals(primary + condenser, ch1.pairedPumpPowerKw(), 0.02 * (primary + condenser));
        // CH6's evaporator takes less water than its pump's best point: the pump rides up its curve, against more head, for less power.
        PairedPump ch6Primary = inputs.chillers().get(5).pairedPumps().get(0);
        assertTrue(ch6Primary.powerKw() < inputs.chillers().get(4).pairedPumps().get(0).powerKw(), ch6Primary.toString());
        assertEquals(new Doe2ChillerModel("CH1", DEMO.chillers().get(0).model()), ch1.model());
    }

    @Test
    void rulesAreTurnedIntoSlotsRoundingUp() {
        PlanRules thirty = PlantInputs.from(DEMO, 30).rules();
        PlanRules fortyFive = PlantInputs.from(DEMO, 45).rules();
        PlanRules hour = PlantInputs.from(DEMO, 60).rules();

        assertEquals(2, thirty.minRunSlots(), "60 min in 30 min slots");
        assertEquals(1, thirty.minStopSlots());
        assertEquals(2, fortyFive.minRunSlots(), "60 min in 45 min slots: rounded up, never shortened");
        assertEquals(1, fortyFive.minStopSlots());
        assertEquals(1, hour.minRunSlots());
        assertEquals(1, hour.minStopSlots(), "30 min is still one whole slot");
        assertEquals(1, thirty.spareUnits());
        assertEquals(4, thirty.maxStartsPerDay());
        assertEquals(20, thirty.startCost());
        assertEquals(new ConventionalRules(0.90, 0.75, 7.0, 0.90), PlantInputs.from(DEMO, 30).conventional());
    }

    @Test
    void setPointsAboveTheStrictestCriticalZoneAreNotOffered() throws Exception {
        // The plant file allows 5.5..8.5 °C; Z3 (theatres, ICU) dehumidifies only at 7.5 °C or colder, and the supply
        // header is common, so the plan chooses from 5.5..7.5 and says why.
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5), DEMO.rules().supplySetpointsC());
        PlanRules demo = PlantInputs.from(DEMO, 30).rules();
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0, 7.5), demo.supplySetpointsC());
        assertEquals("supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)", demo.supplyCap().rule());
        assertTrue(PlantInputs.from(DEMO, 30).conventional().fixedSetpointC() <= 7.5, "the baseline runs at 7 °C, inside the limit");

        PlanRules seven = PlantInputs.from(plant(DEMO_TEXT.replace("maxSupplyC: 7.5,", "maxSupplyC: 7.0,")), 30).rules();
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0), seven.supplySetpointsC());
        assertEquals("supply ≤ 7.0 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)", seven.supplyCap().rule());

        // Two zones: the colder limit holds; a limit between two set-points keeps the one below it.
        String twoZones = DEMO_TEXT.replace("criticalZones:\n", "criticalZones:\n  - {zone: Z1, reason: \"labs\", maxSupplyC: 7.3, minChillersAvailable: 1}\n");
        PlanRules strictest = PlantInputs.from(plant(twoZones), 30).rules();
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0), strictest.supplySetpointsC());
        assertEquals("supply ≤ 7.3 °C: critical zone Z1 (labs)", strictest.supplyCap().rule());

        PlanRules none = PlantInputs.from(plant(DEMO_TEXT.replaceAll("(?s)criticalZones:.*?\n\n", "")), 30).rules();
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5), none.supplySetpointsC(), "without critical zones the plant's own range");
        assertEquals(null, none.supplyCap());
    }

    private static final String DEMO_TEXT = text();

    private static String text() {
        try {
            return java.nio.file.Files.readString(Path.of("chiller-models/plants/demo-hospital.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The demo plant file changed, read where the original lies (its chiller models are named relative to it). */
    private static PlantDefinition plant(String yaml) {
        assertFalse(yaml.equals(DEMO_TEXT), "the change applies");
        return PlantDefinitionReader.read(yaml, "changed-demo-hospital.yaml", Path.of("chiller-models/plants"));
    }

    @Test
    void aWarmerSupplyMovesMoreWaterForMorePumpPower() {
        List<SecondaryZone> zones = PlantInputs.from(DEMO, 30).zones();
        assertEquals(List.of("Z1", "Z2", "Z3"), zones.stream().map(SecondaryZone::id).toList());
        assertEquals(1.0, zones.stream().mapToDouble(SecondaryZone::loadShare).sum(), 1e-9);
        SecondaryZone z1 = zones.get(0);
        assertEquals(List.of("SCHWP-Z1-1", "SCHWP-Z1-2", "SCHWP-Z1-3", "SCHWP-Z1-4"), z1.pumpIds());
        double load = 0.45 * 12_000;

        SecondaryPumpDuty previous = null;
        for (double supply : List.of(6.0, 7.0, 8.0)) {
            SecondaryPumpDuty duty = z1.duty(load, supply, 3);
            assertTrue(duty.feasible(), duty.infeasibleReason());
            // flow = load / (rho cp (12 °C - supply))
            assertEquals(load / (4.186 * 998 * (12 - supply)), duty.flowM3s(), 1e-9);
            assertTrue(duty.powerKw() > 0 && duty.speedFraction() > 0.3 && duty.speedFraction() <= 1, duty.toString());
            if (previous != null) {
                assertTrue(duty.flowM3s() > previous.flowM3s() && duty.powerKw() > previous.powerKw() && duty.headKpa() > previous.headKpa()
                        && duty.speedFraction() > previous.speedFraction(), previous + " then " + duty);
            }
            previous = duty;
        }
    }

    @Test
    void tooFewPumpsForTheZonesFlowAreInfeasibleWithTheReason() {
        SecondaryZone z1 = PlantInputs.from(DEMO, 30).zones().get(0);

        SecondaryPumpDuty one = z1.duty(0.45 * 17_500, 7.0, 1);

        assertFalse(one.feasible());
        assertTrue(one.infeasibleReason().startsWith("1 of zone Z1's pumps cannot deliver 0.377 m³/s"), one.infeasibleReason());
        assertTrue(one.shortfallM3s() > 0 && one.shortfallM3s() < 0.377, one.toString());
        assertTrue(z1.duty(0.45 * 17_500, 7.0, 3).feasible());
        assertEquals(0, z1.duty(0, 7.0, 0).powerKw());
        assertFalse(z1.duty(100, 7.0, 0).feasible(), "a load needs a pump");
        assertFalse(z1.duty(100, 12.0, 2).feasible(), "supply at the return temperature carries nothing");
    }
}
