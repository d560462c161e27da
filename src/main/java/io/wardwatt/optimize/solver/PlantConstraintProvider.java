package io.wardwatt.optimize.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import io.wardwatt.optimize.SlotTable;
import io.wardwatt.optimize.domain.ChillerCommitment;
import io.wardwatt.optimize.domain.PlanSlot;
import io.wardwatt.optimize.domain.PumpCommitment;
import io.wardwatt.optimize.domain.PumpZone;
import io.wardwatt.optimize.domain.SetpointChoice;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.quad.QuadConstraintStream;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The plant's rules and objective. Hard rules first, each penalised by the size of the violation in its own unit;
 * rules counted in slots or starts weigh {@link #PER_SLOT} so that one slot of a broken run time outweighs a few
 * kW of any shortfall (the search then repairs timing first, as an engineer would). Soft: the objective in
 * thousandths of its unit, so energy cost and carbon keep three decimals.
 */
public class PlantConstraintProvider implements ConstraintProvider {

    /** Hard weight of one slot (or start, or unpaired pump) against a rule. */
    public static final long PER_SLOT = 1_000;
    /** Soft score units per objective unit. */
    public static final double SOFT_PER_UNIT = 1_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            loadWithSpareCapacity(factory),
            minimumPartLoad(factory),
            minimumRunTime(factory),
            minimumStopTime(factory),
            runCarriedIn(factory),
            stopCarriedIn(factory),
            maximumStarts(factory),
            pumpChillerPairing(factory),
            secondaryFlow(factory),
            setpointLimits(factory),
            chillerEnergy(factory),
            towerFanEnergy(factory),
            pairedPumpEnergy(factory),
            secondaryPumpEnergy(factory),
            chillerStarts(factory)
        };
    }

    // ---- Hard rules ----

    /** Running capacity, less the largest spare units, carries the load (N+1 for the hospital): kW short. */
    Constraint loadWithSpareCapacity(ConstraintFactory factory) {
        return runningSets(factory)
                .filter((slot, mask, choice) -> choice.table().spareShortfallKw(slot.index(), choice.setpointIndex(), mask) > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (slot, mask, choice) -> kwCeil(choice.table().spareShortfallKw(slot.index(), choice.setpointIndex(), mask)))
                .asConstraint("Load with spare capacity");
    }

    /** The running chillers' minimum loads fit under the load: kW over. */
    Constraint minimumPartLoad(ConstraintFactory factory) {
        return runningSets(factory)
                .filter((slot, mask, choice) -> choice.table().minimumExcessKw(slot.index(), choice.setpointIndex(), mask) > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (slot, mask, choice) -> kwCeil(choice.table().minimumExcessKw(slot.index(), choice.setpointIndex(), mask)))
                .asConstraint("Minimum part load");
    }

    /** Once started, a chiller runs its minimum run time: per slot stopped too early. */
    Constraint minimumRunTime(ConstraintFactory factory) {
        return starts(factory)
                .join(ChillerCommitment.class, Joiners.equal(ChillerCommitment::unit),
                        Joiners.lessThan(ChillerCommitment::slotIndex),
                        Joiners.filtering((start, later) -> !later.isOn() && later.slotIndex() < start.slotIndex() + start.unit().minRunSlots()))
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT), (start, later) -> 1L)
                .asConstraint("Minimum run time");
    }

    /** Once stopped, a chiller stays off its minimum stop time: per slot restarted too early. */
    Constraint minimumStopTime(ConstraintFactory factory) {
        return stops(factory)
                .join(ChillerCommitment.class, Joiners.equal(ChillerCommitment::unit),
                        Joiners.lessThan(ChillerCommitment::slotIndex),
                        Joiners.filtering((stop, later) -> later.isOn() && later.slotIndex() < stop.slotIndex() + stop.unit().minStopSlots()))
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT), (stop, later) -> 1L)
                .asConstraint("Minimum stop time");
    }

    /** A run begun before the horizon keeps its minimum run time into it. */
    Constraint runCarriedIn(ConstraintFactory factory) {
        return factory.forEach(ChillerCommitment.class)
                .filter(c -> !c.isOn() && c.slotIndex() < c.unit().mustRunSlots())
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT), c -> 1L)
                .asConstraint("Minimum run time carried in");
    }

    /** A stop begun before the horizon keeps its minimum stop time into it. */
    Constraint stopCarriedIn(ConstraintFactory factory) {
        return factory.forEach(ChillerCommitment.class)
                .filter(c -> c.isOn() && c.slotIndex() < c.unit().mustStaySlots())
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT), c -> 1L)
                .asConstraint("Minimum stop time carried in");
    }

    /** Starts per chiller over the horizon, with those already made today: per start over. */
    Constraint maximumStarts(ConstraintFactory factory) {
        return starts(factory)
                .filter(start -> start.unit().maxStarts() > 0)
                .groupBy(ChillerCommitment::unit, ConstraintCollectors.count())
                .filter((unit, count) -> unit.startsSoFar() + count > unit.maxStarts())
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT), (unit, count) -> (long) unit.startsSoFar() + count - unit.maxStarts())
                .asConstraint("Maximum starts per day");
    }

    /** A paired pump runs exactly when its chiller runs: per pump and slot out of step. */
    Constraint pumpChillerPairing(ConstraintFactory factory) {
        return factory.forEach(PumpCommitment.class)
                .filter(PumpCommitment::isPaired)
                .join(ChillerCommitment.class, Joiners.equal(PumpCommitment::pairedUnit, ChillerCommitment::unit),
                        Joiners.equal(PumpCommitment::slotIndex, ChillerCommitment::slotIndex))
                .filter((pump, chiller) -> pump.isOn() != chiller.isOn())
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT), (pump, chiller) -> 1L)
                .asConstraint("Pump-chiller pairing");
    }

    /** A zone's running secondary pumps deliver its flow at its head: litres per second short. */
    Constraint secondaryFlow(ConstraintFactory factory) {
        return zoneCounts(factory)
                .filter((zone, slot, count, choice) -> choice.table().zoneShortfallM3s(zone.index(), slot.index(), choice.setpointIndex(), count) > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (zone, slot, count, choice) ->
                        (long) Math.ceil(1000 * choice.table().zoneShortfallM3s(zone.index(), slot.index(), choice.setpointIndex(), count)))
                .asConstraint("Secondary pump flow");
    }

    /** The supply set-point stays inside the slot's limits: tenths of a kelvin outside. */
    Constraint setpointLimits(ConstraintFactory factory) {
        return factory.forEach(SetpointChoice.class)
                .filter(choice -> choice.table().setpointExcessK(choice.slotIndex(), choice.setpointIndex()) > 0)
                .penalizeLong(HardSoftLongScore.ofHard(PER_SLOT),
                        choice -> (long) Math.ceil(10 * choice.table().setpointExcessK(choice.slotIndex(), choice.setpointIndex()) - 1e-9))
                .asConstraint("Set-point limits");
    }

    // ---- Objective ----

    /**
     * Chillers' electricity at the exact load split, weighted by the slot's price and carbon; with planned towers, at
     * the condenser water the table chose for the set (the least chiller plus fan power).
     */
    Constraint chillerEnergy(ConstraintFactory factory) {
        return runningSets(factory)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (slot, mask, choice) -> {
                    SlotTable table = choice.table();
                    double kw = table.chillerKw(slot.index(), choice.setpointIndex(), mask);
                    return Double.isNaN(kw) ? 0L : soft(kw * table.weightPerKw(slot.index()));
                })
                .asConstraint("Chiller energy cost and carbon");
    }

    /** Tower fans' electricity for the set's condenser-water choice (cells and speed from the table), weighted like the chillers'. */
    Constraint towerFanEnergy(ConstraintFactory factory) {
        return runningSets(factory)
                .filter((slot, mask, choice) -> choice.table().towerKw(slot.index(), choice.setpointIndex(), mask) > 0
                        && !Double.isNaN(choice.table().chillerKw(slot.index(), choice.setpointIndex(), mask)))
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (slot, mask, choice) -> {
                    SlotTable table = choice.table();
                    return soft(table.towerKw(slot.index(), choice.setpointIndex(), mask) * table.weightPerKw(slot.index()));
                })
                .asConstraint("Tower fan energy cost and carbon");
    }

    /** Paired primary and condenser pumps' electricity. */
    Constraint pairedPumpEnergy(ConstraintFactory factory) {
        return factory.forEach(PumpCommitment.class)
                .filter(pump -> pump.isPaired() && pump.isOn())
                .join(SetpointChoice.class, Joiners.equal(PumpCommitment::slotIndex, SetpointChoice::slotIndex))
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (pump, choice) -> soft(pump.pairedPowerKw() * choice.table().weightPerKw(pump.slotIndex())))
                .asConstraint("Paired pump energy cost and carbon");
    }

    /** Secondary pumps' electricity at the speed that meets the zone's system curve. */
    Constraint secondaryPumpEnergy(ConstraintFactory factory) {
        return zoneCounts(factory)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (zone, slot, count, choice) -> {
                    SlotTable table = choice.table();
                    double kw = table.zoneKw(zone.index(), slot.index(), choice.setpointIndex(), count);
                    return Double.isNaN(kw) ? 0L : soft(kw * table.weightPerKw(slot.index()));
                })
                .asConstraint("Secondary pump energy cost and carbon");
    }

    /** Each start wears the machine: the configured start cost. */
    Constraint chillerStarts(ConstraintFactory factory) {
        return starts(factory)
                .join(SetpointChoice.class, Joiners.equal(ChillerCommitment::slotIndex, SetpointChoice::slotIndex))
                .filter((start, choice) -> choice.table().problem().rules().startCost() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (start, choice) -> soft(choice.table().problem().rules().startCost()))
                .asConstraint("Chiller starts");
    }

    // ---- Shared streams ----

    /** Per slot: the running set (bit mask) and the slot's set-point choice. */
    private static TriConstraintStream<PlanSlot, Integer, SetpointChoice> runningSets(ConstraintFactory factory) {
        return factory.forEach(ChillerCommitment.class)
                .groupBy(ChillerCommitment::slot, sum(ChillerCommitment::runningBit))
                .join(SetpointChoice.class, Joiners.equal((slot, mask) -> slot, SetpointChoice::slot));
    }

    /** Per zone and slot: running secondary pumps and the slot's set-point choice. */
    private static QuadConstraintStream<PumpZone, PlanSlot, Integer, SetpointChoice> zoneCounts(ConstraintFactory factory) {
        return factory.forEach(PumpCommitment.class)
                .filter(PumpCommitment::isSecondary)
                .groupBy(PumpCommitment::zone, PumpCommitment::slot, sum(PumpCommitment::runningCount))
                .join(SetpointChoice.class, Joiners.equal((zone, slot, count) -> slot, SetpointChoice::slot));
    }

    /** A chiller running in a slot after being off in the one before (or before the horizon). */
    private static UniConstraintStream<ChillerCommitment> starts(ConstraintFactory factory) {
        return factory.forEach(ChillerCommitment.class)
                .filter(ChillerCommitment::isOn)
                .ifNotExists(ChillerCommitment.class, Joiners.equal(ChillerCommitment::unit),
                        Joiners.equal(c -> c.slotIndex() - 1, ChillerCommitment::slotIndex),
                        Joiners.filtering((c, previous) -> previous.isOn()))
                .filter(c -> c.slotIndex() > 0 || !c.unit().initiallyOn());
    }

    /** A chiller off in a slot after running in the one before (or before the horizon). */
    private static UniConstraintStream<ChillerCommitment> stops(ConstraintFactory factory) {
        return factory.forEach(ChillerCommitment.class)
                .filter(c -> !c.isOn())
                .ifNotExists(ChillerCommitment.class, Joiners.equal(ChillerCommitment::unit),
                        Joiners.equal(c -> c.slotIndex() - 1, ChillerCommitment::slotIndex),
                        Joiners.filtering((c, previous) -> !previous.isOn()))
                .filter(c -> c.slotIndex() > 0 || c.unit().initiallyOn());
    }

    private static long kwCeil(double kw) {
        return (long) Math.ceil(kw - 1e-9);
    }

    static long soft(double objectiveUnits) {
        return Math.round(objectiveUnits * SOFT_PER_UNIT);
    }

}
