package io.wardwatt.optimize;

import io.wardwatt.plant.ConventionalSequencing;
import io.wardwatt.plant.Dehumidification;
import io.wardwatt.plant.OperatingRules;
import io.wardwatt.plant.PlantChiller;
import io.wardwatt.plant.PlantDefinition;
import java.util.List;

/**
 * The parts of a day problem a plant definition supplies: chillers in staging order with their paired pumps at
 * constant-speed duty, secondary zones, operating rules in slots (set-points capped by the critical zones),
 * conventional sequencing, and — when the plant file has them — the cooling towers with each chiller's condenser
 * water and limit, and the dehumidification limit on the supply set-point.
 *
 * @param condenser the towers' side of the problem (null when the plant file has no towers); a scenario uses it only
 *        when it gives the weather
 * @param dehumidification the highest supply by outdoor dew point (null when the plant file has none)
 * @param site the plant file's PV, battery and emergency reserve (each may be absent)
 */
public record PlantInputs(List<PlannedChiller> chillers, List<SecondaryZone> zones, PlanRules rules, ConventionalRules conventional,
        CondenserWaterPlant condenser, Dehumidification dehumidification, SiteEquipment site) {

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
        return new PlantInputs(chillers, zones, kept, conventional(plant.conventional()), condenser(plant), plant.dehumidification(),
                new SiteEquipment(plant.photovoltaic(), plant.battery(), plant.reserve()));
    }

    private static PlannedChiller planned(PlantChiller chiller) {
        return new PlannedChiller(new Doe2ChillerModel(chiller.id(), chiller.model()), List.of(
                new PairedPump(chiller.primaryPump().id(), "primary", chiller.primaryDuty().powerKw()),
                new PairedPump(chiller.condenserPump().id(), "condenser", chiller.condenserDuty().powerKw())));
    }

    /** The condenser pumps run at constant speed with their chillers, at the condenser's design flow (as their power is). */
    private static CondenserWaterPlant condenser(PlantDefinition plant) {
        if (plant.towers() == null) {
            return null;
        }
        List<Double> flows = plant.chillers().stream().map(c -> c.model().reference().condenserWaterFlowM3s()).toList();
        List<Double> minimums = plant.chillers().stream().map(c -> plant.minCondenserEnteringC().get(c.id())).toList();
        return new CondenserWaterPlant(plant.towers(), flows, minimums, plant.conventional().condenserSetpointC());
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
