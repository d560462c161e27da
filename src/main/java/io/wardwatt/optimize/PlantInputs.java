package io.wardwatt.optimize;

import io.wardwatt.plant.ConventionalSequencing;
import io.wardwatt.plant.OperatingRules;
import io.wardwatt.plant.PlantChiller;
import io.wardwatt.plant.PlantDefinition;
import java.util.List;

/**
 * The parts of a day problem a plant definition supplies: chillers in staging order with their paired pumps at
 * constant-speed duty, secondary zones, operating rules in slots (set-points capped by the critical zones) and conventional
 * sequencing.
 */
public record PlantInputs(List<PlannedChiller> chillers, List<SecondaryZone> zones, PlanRules rules, ConventionalRules conventional) {

    public PlantInputs {
        chillers = List.copyOf(chillers);
        zones = List.copyOf(zones);
    }

    /** @param slotMinutes the plan's slot length; minimum run and stop times are rounded up to whole slots */
    public static PlantInputs from(PlantDefinition plant, int slotMinutes) {
        if (slotMinutes < 1) {
            throw new IllegalArgumentException("slotMinutes must be at least 1, got " + slotMinutes);
        }
        List<PlannedChiller> chillers = plant.chillers().stream().map(PlantInputs::planned).toList();
        List<SecondaryZone> zones = plant.zones().stream().<SecondaryZone>map(PumpZone::new).toList();
        PlanRules rules = rules(plant.rules(), slotMinutes);
        // Dispatch refuses a set-point above a critical zone's limit, so the planner is not offered one.
        PlanRules kept = SupplyCap.strictest(plant.criticalZones()).map(rules::capped).orElse(rules);
        return new PlantInputs(chillers, zones, kept, conventional(plant.conventional()));
    }

    private static PlannedChiller planned(PlantChiller chiller) {
        return new PlannedChiller(new Doe2ChillerModel(chiller.id(), chiller.model()), List.of(
                new PairedPump(chiller.primaryPump().id(), "primary", chiller.primaryDuty().powerKw()),
                new PairedPump(chiller.condenserPump().id(), "condenser", chiller.condenserDuty().powerKw())));
    }

    private static PlanRules rules(OperatingRules rules, int slotMinutes) {
        return new PlanRules(rules.spareUnits(), rules.spareFraction(), slots(rules.minRunMinutes(), slotMinutes),
                slots(rules.minStopMinutes(), slotMinutes), rules.maxStartsPerDay(), rules.supplySetpointsC(), rules.startCost());
    }

    /** Minutes as whole slots, rounded up (a rule is never shortened), at least one slot. */
    static int slots(int minutes, int slotMinutes) {
        return Math.max(1, (minutes + slotMinutes - 1) / slotMinutes);
    }

    private static ConventionalRules conventional(ConventionalSequencing sequencing) {
        return new ConventionalRules(sequencing.stageUpFraction(), sequencing.stageDownFraction(), sequencing.fixedSetpointC(),
                sequencing.pumpStageUpSpeed());
    }
}
