package io.wardwatt.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.plant.ChillerOperatingPoint;
import org.junit.jupiter.api.Test;

class ChillerPlantTest {

    @Test
    void runningChillersShareTheLoadAndEachUsesWhatItsCurvesSay() {
        PlantFixture f = new PlantFixture(3);
        f.run(60, 5_000, 24);

        assertEquals(2, f.running());
        double condenser = f.plant.condenserWaterC();
        ChillerOperatingPoint expected = PlantFixture.YORK.operate(2_500, 7.0, condenser);
        for (int n = 1; n <= 2; n++) {
            ChillerOperatingPoint point = f.chiller(n).point();
            assertEquals(2_500, point.loadKw(), 1e-6);
            assertEquals(expected.electricPowerKw(), point.electricPowerKw(), 1e-9);
            assertEquals(7.0, f.chiller(n).supplyC(), 1e-9);
            // Return water: supply plus load over the evaporator flow's heat capacity.
            assertEquals(7.0 + 2_500 / (0.15 * 4.186 * 998), f.chiller(n).returnC(), 1e-9);
        }
        assertEquals(5_000, f.plant.deliveredKw(), 1e-6);
        double pumps = f.plant.allPumps().stream().mapToDouble(p -> p.point().powerKw()).sum();
        assertEquals(2 * expected.electricPowerKw() + pumps + f.plant.towers().fanKw(), f.plant.electricKw(), 1e-9);
    }

    @Test
    void aChillerIsStagedOnOnlyAfterTheLoadStaysHighForThreeMinutes() {
        PlantFixture f = new PlantFixture(3);
        f.run(60, 3_000, 24);
        assertEquals(1, f.running());

        f.run(170, 3_400, 24);
        assertEquals(1, f.running(), "above 95 % for under 3 minutes");
        f.run(20, 3_400, 24);
        assertEquals(2, f.running());
        assertTrue(f.chiller(2).running(), "the next start is the chiller with the fewest run hours");
    }

    @Test
    void betweenTheThresholdsNothingChangesAndLowLoadStagesOffAfterTenMinutes() {
        PlantFixture f = new PlantFixture(3);
        f.run(60, 6_000, 24);
        assertEquals(2, f.running());
        double one = f.chiller(1).maximumLoadKw(7, f.plant.condenserWaterC(), f.now);

        // 80 % of one chiller: below the 95 % of two that would start a third, above the 70 % that stops one.
        f.run(3_600, 0.8 * one, 24);
        assertEquals(2, f.running(), "hysteresis band");

        f.run(9 * 60, 0.5 * one, 24);
        assertEquals(2, f.running(), "low for 9 minutes");
        f.run(90, 0.5 * one, 24);
        assertEquals(1, f.running());
        assertFalse(f.chiller(2).running(), "the one with the most run hours stops");
    }

    @Test
    void aDisabledChillerStopsAndTheOthersPickUpItsLoad() {
        PlantFixture f = new PlantFixture(3);
        f.run(60, 6_000, 24);
        assertTrue(f.chiller(1).running() && f.chiller(2).running());

        f.chiller(1).commands().write("ENABLE", 0, f.now);
        f.run(1, 6_000, 24);

        assertFalse(f.chiller(1).running());
        assertEquals(0, f.chiller(1).point().electricPowerKw());
        assertTrue(f.chiller(3).running(), "replaced at once, no stage-up delay");
        assertEquals(6_000, f.plant.deliveredKw(), 1e-6);
        assertEquals(3_000, f.chiller(2).point().loadKw(), 1e-6);
    }

    @Test
    void aDisabledPumpTripsItsChillerByLossOfFlow() {
        PlantFixture f = new PlantFixture(2);
        f.run(60, 2_000, 24);
        assertTrue(f.chiller(1).running());

        f.plant.condenserPumps().get(0).commands().write("ENABLE", 0, f.now);
        f.run(1, 2_000, 24);

        assertFalse(f.chiller(1).running());
        assertTrue(f.chiller(2).running());
        assertFalse(f.plant.condenserPumps().get(0).running());
    }

    @Test
    void aHigherSetPointLowersChillerPowerAtTheSameLoad() {
        PlantFixture f = new PlantFixture(2);
        f.run(60, 2_500, 24);
        double at7 = f.chiller(1).point().electricPowerKw();

        f.chiller(1).commands().write("CHWST_SP", 9.0, f.now);
        f.run(1, 2_500, 24);

        assertEquals(9.0, f.chiller(1).supplyC(), 1e-9);
        assertTrue(f.chiller(1).point().electricPowerKw() < at7 * 0.97, f.chiller(1).point().electricPowerKw() + " vs " + at7);
    }

    @Test
    void commandsExpireUnlessTheHeartbeatRenewsThem() {
        PlantFixture f = new PlantFixture(2);
        f.run(10, 2_500, 24);
        f.chiller(1).commands().write("CHWST_SP", 9.0, f.now);

        for (int i = 0; i < 3; i++) {
            f.run(9 * 60, 2_500, 24);
            f.chiller(1).commands().heartbeat(f.now);
        }
        assertEquals(9.0, f.chiller(1).setpointC(f.now), "27 minutes, renewed every 9");

        f.run(10 * 60 + 1, 2_500, 24);
        assertEquals(7.0, f.chiller(1).setpointC(f.now), "no heartbeat for over 10 minutes: local set-point");
        f.chiller(1).commands().heartbeat(f.now);
        assertEquals(7.0, f.chiller(1).setpointC(f.now), "an expired command is not revived by a late heartbeat");
    }

    @Test
    void theDemandLimitCapsTheLoadAChillerTakes() {
        PlantFixture f = new PlantFixture(1);
        f.run(60, 3_000, 24);
        double available = f.chiller(1).point().availableCapacityKw();

        f.chiller(1).commands().write("DEMAND_LIMIT", 60, f.now);
        f.run(1, 3_000, 24);

        assertEquals(0.6 * available, f.chiller(1).point().loadKw(), 1e-6);
        assertEquals(3_000 - 0.6 * available, f.chiller(1).point().unmetKw(), 1e-6);
        assertTrue(f.chiller(1).supplyC() > 7.0, "the unmet load warms the supply water");
    }

    @Test
    void countersIntegratePowerOverTimeExactly() {
        PlantFixture f = new PlantFixture(1);
        f.run(60, 2_000, 24);
        double kwh = f.chiller(1).electricityKwh();
        double hours = f.chiller(1).runHours();
        double cooling = f.chiller(1).coolingKwh();
        double kw = f.chiller(1).point().electricPowerKw();

        f.run(3_600, 2_000, 24);

        assertEquals(kw, f.chiller(1).electricityKwh() - kwh, 1e-6);
        assertEquals(1.0, f.chiller(1).runHours() - hours, 1e-9);
        assertEquals(2_000, f.chiller(1).coolingKwh() - cooling, 1e-6);
        assertEquals(1.0, f.chiller(1).starts());
    }

    @Test
    void towersApproachTheWetBulbAndHoldTheMinimumCondenserTemperature() {
        PlantFixture summer = new PlantFixture(1);
        summer.run(60, 3_000, 27);
        PlantFixture winter = new PlantFixture(1);
        winter.run(60, 1_500, 2);

        assertTrue(summer.plant.condenserWaterC() > 27 + 1.2 && summer.plant.condenserWaterC() < 27 + 4, "" + summer.plant.condenserWaterC());
        assertEquals(18.0, winter.plant.condenserWaterC(), 1e-9);
        assertTrue(winter.plant.towers().fanKw() < summer.plant.towers().fanKw());
    }
}
