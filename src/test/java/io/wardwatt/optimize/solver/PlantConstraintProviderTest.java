package io.wardwatt.optimize.solver;

import io.wardwatt.optimize.ConventionalRules;
import io.wardwatt.optimize.CubicChillerModel;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.Objective;
import io.wardwatt.optimize.PairedPump;
import io.wardwatt.optimize.PlanRules;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.PlantInputs;
import io.wardwatt.optimize.PlrCubic;
import io.wardwatt.optimize.SlotConditions;
import io.wardwatt.optimize.SlotTable;
import io.wardwatt.optimize.domain.ChillerCommitment;
import io.wardwatt.optimize.domain.ChillerUnit;
import io.wardwatt.optimize.domain.PlanSlot;
import io.wardwatt.optimize.domain.PlantPlan;
import io.wardwatt.optimize.domain.PumpCommitment;
import io.wardwatt.optimize.domain.PumpZone;
import io.wardwatt.optimize.domain.SetpointChoice;
import io.wardwatt.optimize.domain.SupplySetpoint;
import io.wardwatt.plant.PlantDefinitionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One test per constraint, each with a case that breaks it and one that keeps it; penalties in the constraint's
 * own unit (kW short, slots, starts, tenths of a kelvin, thousandths of an objective unit).
 *
 * <p>The plant: two 1,000 kW chillers on the same cubic, minimum part load 0.3, N+1, minimum run and stop 2 slots,
 * one start a day, a start cost of 20; three hourly slots of 500, 900 and 300 kW at 1 CNY/kWh; set-points 6, 7
 * and 8 °C, the highest allowed 7.5 °C.
 */
class PlantConstraintProviderTest {

    private static final PlrCubic CURVE_A = new PlrCubic("CH1", 1000, 0.3, 40, 100, 20, 30);
    private static final PlrCubic CURVE_B = new PlrCubic("CH2", 1000, 0.3, 40, 100, 20, 30);

    private final ConstraintVerifier<PlantConstraintProvider, PlantPlan> verifier = ConstraintVerifier.build(new PlantConstraintProvider(),
            PlantPlan.class, ChillerCommitment.class, PumpCommitment.class, SetpointChoice.class);

    private final SlotTable table = SlotTable.build(problem(List.of()));
    private final List<PlanSlot> slots = List.of(new PlanSlot(0), new PlanSlot(1), new PlanSlot(2));
    private final List<SupplySetpoint> setpoints = List.of(new SupplySetpoint(0, 6.0), new SupplySetpoint(1, 7.0), new SupplySetpoint(2, 8.0));
    private final ChillerUnit ch1 = unit(0, false, 0, 0);
    private final ChillerUnit ch2 = unit(1, false, 0, 0);

    private static DayProblem problem(List<InitialChillerState> initial) {
        List<SlotConditions> slots = new ArrayList<>();
        for (double load : new double[] {500, 900, 300}) {
            slots.add(new SlotConditions(load, 29.44, 6.0, 7.5, "flat", 1.0, 0.5));
        }
        return new DayProblem("constraints", null, 60, slots,
                List.of(new PlannedChiller(new CubicChillerModel(CURVE_A), List.of(new PairedPump("P1", "primary", 10))),
                        new PlannedChiller(new CubicChillerModel(CURVE_B), List.of(new PairedPump("P2", "primary", 10)))),
                List.of(), new PlanRules(1, 0, 2, 2, 1, List.of(6.0, 7.0, 8.0), 20), new Objective(1, 0), ConventionalRules.DEFAULT, initial);
    }

    private static ChillerUnit unit(int index, boolean initiallyOn, int mustRun, int mustStay) {
        return new ChillerUnit(index, "CH" + (index + 1), 2, 2, 1, initiallyOn, 0, mustRun, mustStay);
    }

    private List<Object> commitments(ChillerUnit unit, boolean... on) {
        List<Object> facts = new ArrayList<>();
        for (int s = 0; s < on.length; s++) {
            facts.add(new ChillerCommitment(unit, slots.get(s), on[s]));
        }
        return facts;
    }

    private List<Object> setpointsAt(int... indexes) {
        List<Object> facts = new ArrayList<>();
        for (int s = 0; s < indexes.length; s++) {
            facts.add(new SetpointChoice(slots.get(s), table, setpoints.get(indexes[s])));
        }
        return facts;
    }

    private Object[] facts(List<?>... groups) {
        List<Object> all = new ArrayList<>();
        for (List<?> group : groups) {
            all.addAll(group);
        }
        return all.toArray();
    }

    @Test
    void loadWithSpareCapacity() {
        // Slot 1 (900 kW) with only CH1: losing the largest running unit leaves nothing, 900 kW short. Slot 0
        // (500 kW) with both: 1,000 kW left after losing one, enough. Slot 2 with none: 300 kW short.
        verifier.verifyThat(PlantConstraintProvider::loadWithSpareCapacity)
                .given(facts(commitments(ch1, true, true, false), commitments(ch2, true, false, false), setpointsAt(1, 1, 1)))
                .penalizesBy(900 + 300);
        verifier.verifyThat(PlantConstraintProvider::loadWithSpareCapacity)
                .given(facts(commitments(ch1, true, true, true), commitments(ch2, true, true, true), setpointsAt(1, 1, 1)))
                .penalizesBy(0);
    }

    @Test
    void minimumPartLoad() {
        // Both running: minimums 2 × 300 = 600 kW, 100 kW over slot 0's 500 kW and 300 kW over slot 2's 300 kW.
        verifier.verifyThat(PlantConstraintProvider::minimumPartLoad)
                .given(facts(commitments(ch1, true, true, true), commitments(ch2, true, true, true), setpointsAt(1, 1, 1)))
                .penalizesBy(100 + 300);
        verifier.verifyThat(PlantConstraintProvider::minimumPartLoad)
                .given(facts(commitments(ch1, true, true, true), commitments(ch2, false, true, false), setpointsAt(1, 1, 1)))
                .penalizesBy(0);
    }

    @Test
    void minimumRunTime() {
        // CH1 starts in slot 0 and stops in slot 1: one slot short of its two-slot minimum run.
        verifier.verifyThat(PlantConstraintProvider::minimumRunTime).given(facts(commitments(ch1, true, false, false))).penalizesBy(1);
        verifier.verifyThat(PlantConstraintProvider::minimumRunTime).given(facts(commitments(ch1, true, true, false))).penalizesBy(0);
    }

    @Test
    void minimumStopTime() {
        // CH1 stops in slot 1 and restarts in slot 2: one slot short of its two-slot minimum stop.
        verifier.verifyThat(PlantConstraintProvider::minimumStopTime).given(facts(commitments(ch1, true, false, true))).penalizesBy(1);
        verifier.verifyThat(PlantConstraintProvider::minimumStopTime).given(facts(commitments(ch1, true, false, false))).penalizesBy(0);
    }

    @Test
    void runCarriedIn() {
        // Started one slot before the horizon: it must run slot 0 too.
        ChillerUnit running = unit(0, true, 1, 0);
        verifier.verifyThat(PlantConstraintProvider::runCarriedIn).given(facts(commitments(running, false, false, false))).penalizesBy(1);
        verifier.verifyThat(PlantConstraintProvider::runCarriedIn).given(facts(commitments(running, true, false, false))).penalizesBy(0);
    }

    @Test
    void stopCarriedIn() {
        ChillerUnit stopped = unit(0, false, 0, 1);
        verifier.verifyThat(PlantConstraintProvider::stopCarriedIn).given(facts(commitments(stopped, true, true, true))).penalizesBy(1);
        verifier.verifyThat(PlantConstraintProvider::stopCarriedIn).given(facts(commitments(stopped, false, true, true))).penalizesBy(0);
    }

    @Test
    void maximumStarts() {
        // Two starts (slots 0 and 2) against a limit of one.
        verifier.verifyThat(PlantConstraintProvider::maximumStarts).given(facts(commitments(ch1, true, false, true))).penalizesBy(1);
        // Running on from before the horizon is no start.
        verifier.verifyThat(PlantConstraintProvider::maximumStarts).given(facts(commitments(unit(0, true, 0, 0), true, false, true)))
                .penalizesBy(0);
    }

    @Test
    void pumpChillerPairing() {
        ChillerCommitment chiller = new ChillerCommitment(ch1, slots.get(0), false);
        PumpCommitment pump = PumpCommitment.paired("P1", slots.get(0), ch1, 10, true);
        verifier.verifyThat(PlantConstraintProvider::pumpChillerPairing).given(chiller, pump).penalizesBy(1);
        verifier.verifyThat(PlantConstraintProvider::pumpChillerPairing)
                .given(chiller, PumpCommitment.paired("P1", slots.get(0), ch1, 10, false)).penalizesBy(0);
    }

    @Test
    void setpointLimits() {
        // 8 °C where 7.5 °C is the highest allowed: 0.5 K, five tenths.
        verifier.verifyThat(PlantConstraintProvider::setpointLimits).given(facts(setpointsAt(2, 1, 0))).penalizesBy(5);
        verifier.verifyThat(PlantConstraintProvider::setpointLimits).given(facts(setpointsAt(1, 1, 0))).penalizesBy(0);
    }

    @Test
    void chillerEnergy() {
        // Both carry slot 1's 900 kW, equally (identical curves): 450 kW at PLR 0.45 each →
        // 40 + 45 + 20·0.2025 + 30·0.091125 = 91.78375 kW, twice: 183.5675 kW for an hour at 1 CNY/kWh →
        // 183,568 thousandths. Slots 0 and 2 run nothing: a set that breaks a hard rule adds no energy.
        verifier.verifyThat(PlantConstraintProvider::chillerEnergy)
                .given(facts(commitments(ch1, false, true, false), commitments(ch2, false, true, false), setpointsAt(1, 1, 1)))
                .penalizesBy(183_568);
        // CH1 alone in slot 1 breaks N+1: no energy counted for it (the hard rule speaks).
        verifier.verifyThat(PlantConstraintProvider::chillerEnergy)
                .given(facts(commitments(ch1, false, true, false), commitments(ch2, false, false, false), setpointsAt(1, 1, 1)))
                .penalizesBy(0);
    }

    @Test
    void pairedPumpEnergy() {
        // A 10 kW pump running through an hour at 1 CNY/kWh: 10,000 thousandths.
        verifier.verifyThat(PlantConstraintProvider::pairedPumpEnergy)
                .given(facts(List.of(PumpCommitment.paired("P1", slots.get(0), ch1, 10, true),
                        PumpCommitment.paired("P2", slots.get(0), ch2, 10, false)), setpointsAt(1, 1, 1)))
                .penalizesBy(10_000);
    }

    @Test
    void chillerStarts() {
        // Two starts at 20 each: 40 → 40,000 thousandths.
        verifier.verifyThat(PlantConstraintProvider::chillerStarts)
                .given(facts(commitments(ch1, true, false, true), setpointsAt(1, 1, 1))).penalizesBy(40_000);
    }

    @Test
    void secondaryFlowAndPumpEnergy() {
        // The demo plant's zone Z1 carrying its share of 500 kW: no pump running cannot deliver any flow; one
        // running can, and then draws power.
        PlantInputs inputs = PlantInputs.from(PlantDefinitionReader.readFile(Path.of("chiller-models/plants/demo-hospital.yaml")), 60);
        List<SlotConditions> conditions = List.of(new SlotConditions(500, 29.44, 6.0, 7.5, "flat", 1.0, 0.5));
        DayProblem withZones = new DayProblem("zones", null, 60, conditions, inputs.chillers(), inputs.zones(),
                new PlanRules(0, 0, 1, 1, 0, List.of(7.0), 0), new Objective(1, 0), ConventionalRules.DEFAULT, List.of());
        SlotTable zoneTable = SlotTable.build(withZones);
        PumpZone zone = new PumpZone(0, inputs.zones().get(0).id());
        SetpointChoice choice = new SetpointChoice(slots.get(0), zoneTable, new SupplySetpoint(0, 7.0));
        List<String> pumpIds = inputs.zones().get(0).pumpIds();
        PumpCommitment first = PumpCommitment.secondary(pumpIds.get(0), slots.get(0), zone, false);
        PumpCommitment second = PumpCommitment.secondary(pumpIds.get(1), slots.get(0), zone, false);
        verifier.verifyThat(PlantConstraintProvider::secondaryFlow).given(first, second, choice).penalizes();
        verifier.verifyThat(PlantConstraintProvider::secondaryPumpEnergy).given(first, second, choice).penalizesBy(0);
        PumpCommitment running = PumpCommitment.secondary(pumpIds.get(0), slots.get(0), zone, true);
        verifier.verifyThat(PlantConstraintProvider::secondaryFlow).given(running, second, choice).penalizesBy(0);
        verifier.verifyThat(PlantConstraintProvider::secondaryPumpEnergy).given(running, second, choice).penalizes();
    }
    @Test
    void towerFanEnergy() {
        // The two chillers with the demo plant's tower cells, each chiller's condenser pump sending 678 m³/h, on a sultry
        // night (30 °C, 90 %: a wet bulb near 28.6 °C). The only candidate condenser set-point offered, 20 °C, is below
        // what the towers reach, so the condenser water is the lowest reachable one: every usable cell at full fan speed.
        // Both chillers' 1,356 m³/h take exactly two cells (480..770 m³/h each): 2 × 37 kW for an hour at 1 CNY/kWh →
        // 74,000 thousandths. Slots 0 and 2 run nothing: no condenser water, no fans.
        var demo = PlantDefinitionReader.readFile(Path.of("chiller-models/plants/demo-hospital.yaml")).towers();
        var towers = new io.wardwatt.plant.CoolingTowerCells(demo.model(), demo.modelFile(), demo.cells(), demo.design(),
                demo.designWaterFlowPerCellM3s(), demo.referenceWaterFlowPerCellM3s(), demo.minCellWaterFlowM3s(), demo.maxCellWaterFlowM3s(),
                demo.fanPowerPerCellKw(), demo.minAirFlowRatio(), demo.freeConvectionFraction(), List.of(20.0));
        var condenser = new io.wardwatt.optimize.CondenserWaterPlant(towers, List.of(678 / 3600.0, 678 / 3600.0), List.of(12.78, 12.78), 29.5);
        List<SlotConditions> humid = new ArrayList<>();
        for (double load : new double[] {500, 900, 300}) {
            humid.add(new SlotConditions(load, Double.NaN, 6.0, 7.5, "flat", 1.0, 0.5, io.wardwatt.optimize.SlotWeather.of(30, 90, 0, 101.325),
                    Double.NaN));
        }
        DayProblem base = problem(List.of());
        SlotTable towerTable = SlotTable.build(new DayProblem("towers", null, 60, humid, base.chillers(), List.of(), base.rules(),
                base.objective(), base.conventional(), List.of(), condenser));
        List<Object> choices = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            choices.add(new SetpointChoice(slots.get(s), towerTable, setpoints.get(1)));
        }
        verifier.verifyThat(PlantConstraintProvider::towerFanEnergy)
                .given(facts(commitments(ch1, false, true, false), commitments(ch2, false, true, false), choices))
                .penalizesBy(74_000);
        // CH1 alone in slot 1 breaks N+1: no energy counted for it (the hard rule speaks).
        verifier.verifyThat(PlantConstraintProvider::towerFanEnergy)
                .given(facts(commitments(ch1, false, true, false), commitments(ch2, false, false, false), choices))
                .penalizesBy(0);
        // The chillers' energy is read at that condenser water: temperature-free cubics, so the same as without towers.
        verifier.verifyThat(PlantConstraintProvider::chillerEnergy)
                .given(facts(commitments(ch1, false, true, false), commitments(ch2, false, true, false), choices))
                .penalizesBy(183_568);
    }
}
