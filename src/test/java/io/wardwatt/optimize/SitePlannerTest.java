package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.optimize.scenario.ScenarioReader;
import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.BatteryTimetable;
import io.wardwatt.plant.ClockWindow;
import io.wardwatt.plant.EmergencyReserve;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.SyntheticClimate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site plan end to end on the demo hospital's summer day: the plant planned by the day planner, the rest of the
 * hospital's load, PV from a synthetic Shanghai July day, the demo battery with its night reserve and timetable, and
 * a demand charge. Checked against the scenario's own prices and carbon, the physics of the balance and the rules.
 */
class SitePlannerTest {

    static final PhotovoltaicDefinition PV = new PhotovoltaicDefinition("PV-INV", 480, 440, 5, 180, 31.40, 121.45, 8, -0.0037, 45, 0.14, 1.0);
    static final BatteryDefinition BATTERY = new BatteryDefinition("BESS", 1000, 500, 500, 0.95, 0.95, 0.10, 0.90,
            new BatteryTimetable(new ClockWindow(0, 360), 100, new ClockWindow(18 * 60, 21 * 60), 100));
    static final EmergencyReserve RESERVE = new EmergencyReserve(List.of(new EmergencyReserve.Load("emergency lighting", 120),
            new EmergencyReserve.Load("emergency lifts", 60)), 2.5, new ClockWindow(18 * 60, 7 * 60));
    static final double RESERVE_FLOOR = 100 + 180 * 2.5 / 0.95;

    static DayProblem problem;
    static DayPlan dayPlan;
    static PlantPower plant;
    static SiteInputs site;
    static SitePlan sitePlan;

    @BeforeAll
    static void planTheDay() {
        problem = ScenarioReader.readFile(Path.of("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json")).problem();
        dayPlan = new DayPlanner().plan(problem, new SolverSettings(Duration.ofSeconds(60), Duration.ofSeconds(60), 0, 20_000));
        double[] planKw = dayPlan.slots().stream().mapToDouble(PlannedSlot::powerKw).toArray();
        double[] baselineKw = dayPlan.baseline().slots().stream().mapToDouble(PlannedSlot::powerKw).toArray();
        plant = new PlantPower(planKw, dayPlan.totals(), baselineKw, dayPlan.baseline().totals(), SitePlanner.minimumPlantKw(SlotTable.build(problem)),
                dayPlan.bound());
        int slots = problem.slots().size();
        double[] other = new double[slots];
        double[] solar = new double[slots];
        double[] dryBulb = new double[slots];
        SyntheticClimate climate = new SyntheticClimate(ClimateNormals.SHANGHAI, 3);
        for (int s = 0; s < slots; s++) {
            LocalDateTime middle = problem.start().plusMinutes(30L * s + 15);
            OutdoorConditions outdoor = climate.at(middle.toInstant(ZoneOffset.ofHours(8)));
            solar[s] = outdoor.globalHorizontalWm2();
            dryBulb[s] = outdoor.dryBulbC();
            // the rest of the hospital: 2.8 MW at night, 4.2 MW in outpatient hours
            other[s] = middle.getHour() >= 8 && middle.getHour() < 18 ? 4200 : 2800;
        }
        site = new SiteInputs(other, 6000, Double.NaN, 40, solar, dryBulb);
        sitePlan = new SitePlanner(new SiteEquipment(PV, BATTERY, RESERVE)).plan(problem, site, plant);
    }

    @Test
    void everySlotBalancesAndIsCostedAtTheScenariosPriceAndCarbon() {
        assertEquals(48, sitePlan.slots().size());
        double cost = 0;
        double carbon = 0;
        for (SiteSlot slot : sitePlan.slots()) {
            int s = slot.index();
            assertEquals(dayPlan.slots().get(s).powerKw(), slot.plantKw(), 1e-9);
            assertEquals(slot.plantKw() + slot.otherKw() - slot.pvKw() - slot.batteryKw(), slot.gridKw(), 1e-9, "slot " + s);
            assertEquals(slot.gridKw() * 0.5 * problem.slots().get(s).pricePerKwh(), slot.costCny(), 1e-9);
            assertEquals(slot.gridKw() * 0.5 * problem.slots().get(s).carbonKgPerKwh(), slot.carbonKg(), 1e-9);
            cost += slot.costCny();
            carbon += slot.carbonKg();
        }
        SiteTotals totals = sitePlan.totals();
        assertEquals(cost, totals.energyCostCny(), 1e-6);
        assertEquals(carbon, totals.carbonKg(), 1e-6);
        double peak = sitePlan.slots().stream().mapToDouble(SiteSlot::gridKw).max().orElseThrow();
        assertEquals(peak, totals.peakGridKw(), 1e-9);
        assertEquals(40 * Math.max(0, peak - 6000), totals.demandChargeCny(), 1e-6);
        // the objective: cost weight 1, carbon weight 0 in this scenario, plus the plan's start costs
        assertEquals(cost + totals.demandChargeCny() + dayPlan.totals().starts() * problem.rules().startCost(), totals.objective(), 1e-6);
    }

    @Test
    void pvFollowsTheSunAndStaysWithinTheInverters() {
        for (SiteSlot slot : sitePlan.slots()) {
            int hour = slot.index() / 2;
            assertTrue(slot.pvKw() >= 0 && slot.pvKw() <= 440 + 1e-9, "slot " + slot.index());
            if (hour < 4 || hour >= 20) {
                assertEquals(0, slot.pvKw(), 1e-9, "night, slot " + slot.index());
            }
        }
        // a 480 kWp roof in a Shanghai July: about 3 to 5 kWh per kWp a day
        double kwh = sitePlan.totals().pvKwh();
        assertTrue(kwh > 480 * 2.5 && kwh < 480 * 5.5, kwh + " kWh");
    }

    @Test
    void theReserveIsHeldThroughTheNightAndTheDayEndsNoEmptierThanTheTimetable() {
        assertTrue(sitePlan.feasible(), sitePlan.violations().toString());
        for (SiteSlot slot : sitePlan.slots()) {
            int endMinute = (slot.index() + 1) * 30 % 1440;
            if (endMinute >= 18 * 60 || endMinute <= 7 * 60) {
                assertEquals(180 * 2.5 / 0.95, slot.reserveKwh(), 1e-9, "slot " + slot.index());
                assertTrue(slot.stateOfChargeKwh() >= RESERVE_FLOOR - 1e-6, "slot " + slot.index() + ": " + slot.stateOfChargeKwh());
            } else {
                assertEquals(0, slot.reserveKwh(), 1e-9, "slot " + slot.index());
            }
        }
        assertTrue(sitePlan.totals().endStateOfChargeKwh() >= sitePlan.baseline().totals().endStateOfChargeKwh() - 1e-6);
        assertTrue(sitePlan.slots().stream().anyMatch(slot -> slot.binding().contains("battery reserve")),
                "the evening peak takes the battery down to its reserve");
    }

    @Test
    void theBaselineRunsTheTimetableOnTheConventionalPlant() {
        SiteBaseline baseline = sitePlan.baseline();
        for (SiteSlot slot : baseline.slots()) {
            assertEquals(dayPlan.baseline().slots().get(slot.index()).powerKw(), slot.plantKw(), 1e-9);
            int hour = slot.index() / 2;
            if (hour >= 6 && hour < 18 || hour >= 21) {
                assertEquals(0, slot.batteryKw(), 1e-9, "outside the windows, slot " + slot.index());
            }
            if (hour >= 18 && hour < 21) {
                assertEquals(100, slot.batteryKw(), 1e-9, "18:00-21:00 at 100 kW, slot " + slot.index());
            }
        }
        assertTrue(baseline.violations().isEmpty());
    }

    @Test
    void theBatteryEarnsItsKeepAndTheBoundHoldsUnderEveryPlan() {
        BatteryContribution battery = sitePlan.battery();
        assertTrue(battery.costCny() > 0, "the planned battery beats its timetable: " + battery.costCny());
        PlanBound bound = sitePlan.bound();
        assertTrue(Double.isFinite(bound.objective()), bound.method());
        assertTrue(bound.objective() <= sitePlan.totals().objective() + 1e-6, "bound " + bound.objective() + " above the plan");
        assertTrue(bound.objective() <= sitePlan.baseline().totals().objective(), "and below the conventional site");
        assertTrue(bound.gapPercent() >= 0 && bound.gapPercent() < 5, "gap " + bound.gapPercent() + " %");
        assertNotNull(sitePlan.method());
    }

    @Test
    void theSitePlanSurvivesJsonAsThePlanIsStored() throws Exception {
        ObjectMapper json = new ObjectMapper();
        SitePlan read = json.readValue(json.writeValueAsString(sitePlan), SitePlan.class);
        assertEquals(sitePlan, read);
        assertTrue(json.writeValueAsString(sitePlan).contains("\"stateOfChargeKwh\""));
    }

    @Test
    void withoutPvOrBatteryTheSiteIsThePlantPlusTheRest() {
        SitePlan bare = new SitePlanner(new SiteEquipment(null, null, null)).plan(problem, SiteInputs.of(site.otherElectricityKw()), plant);
        for (SiteSlot slot : bare.slots()) {
            assertEquals(slot.plantKw() + slot.otherKw(), slot.gridKw(), 1e-9);
            assertEquals(0, slot.batteryKw());
            assertEquals(List.of(), slot.binding());
        }
        double planEnergyCost = dayPlan.totals().costCny();
        double otherCost = 0;
        for (int s = 0; s < 48; s++) {
            otherCost += site.otherElectricityKw()[s] * 0.5 * problem.slots().get(s).pricePerKwh();
        }
        assertEquals(planEnergyCost + otherCost, bare.totals().energyCostCny(), 1e-6);
        // with nothing to plan on the site, the bound is the plant's plus the rest's fixed cost
        assertEquals(dayPlan.bound().objective() + otherCost, bare.bound().objective(), 1e-6);
    }
}
