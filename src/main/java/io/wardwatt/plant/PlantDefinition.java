package io.wardwatt.plant;

import java.util.List;

/**
 * A chiller plant as data ({@code chiller-models/plants/*.yaml}, read and checked by {@link PlantDefinitionReader}):
 * its chillers in conventional staging order with their paired pumps, its secondary zones, its operating rules.
 *
 * @param source the file it was read from
 * @param criticalZones hard limits of the zones with critical care, which dispatch keeps whatever the plan says
 */
public record PlantDefinition(String name, String source, List<PlantChiller> chillers, List<PumpUnit> pumps, List<PlantZone> zones,
        OperatingRules rules, ConventionalSequencing conventional,
        List<CriticalZone> criticalZones) {

    public PlantDefinition {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
        zones = List.copyOf(zones);
        criticalZones = List.copyOf(criticalZones);
    }

    public PumpUnit pump(String id) {
        return pumps.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plant " + name + " has no pump " + id));
    }

    /** Total reference capacity of the chillers, kW. */
    public double referenceCapacityKw() {
        return chillers.stream().mapToDouble(c -> c.model().reference().capacityKw()).sum();
    }
}
