package io.wardwatt.plant;

import java.util.List;
import java.util.Map;

/**
 * A chiller plant as data ({@code chiller-models/plants/*.yaml}, read and checked by {@link PlantDefinitionReader}):
 * its chillers in conventional staging order with their paired pumps, its secondary zones, its operating rules.
 *
 * @param source the file it was read from
 * @param criticalZones hard limits of the zones with critical care, which dispatch keeps whatever the plan says
 * @param towers the cooling-tower cells (null when the file has none: then the condenser water is a given)
 * @param minCondenserEnteringC each chiller's lowest condenser-entering water, °C, by id (the file's
 *        {@code condenserLimits}, else its curves' lowest fitted temperature)
 * @param dehumidification the highest supply the coils allow by outdoor dew point (null when the file has none)
 * @param photovoltaic the rooftop PV (null when the file has none)
 * @param battery the site battery (null when the file has none)
 * @param reserve what the battery must hold for the night emergency loads (null: nothing)
 */
public record PlantDefinition(String name, String source, List<PlantChiller> chillers, List<PumpUnit> pumps, List<PlantZone> zones,
        OperatingRules rules, ConventionalSequencing conventional, List<CriticalZone> criticalZones, CoolingTowerCells towers,
        Map<String, Double> minCondenserEnteringC, Dehumidification dehumidification, PhotovoltaicDefinition photovoltaic,
        BatteryDefinition battery, EmergencyReserve reserve) {

    public PlantDefinition {
        chillers = List.copyOf(chillers);
        pumps = List.copyOf(pumps);
        zones = List.copyOf(zones);
        criticalZones = List.copyOf(criticalZones);
        minCondenserEnteringC = minCondenserEnteringC == null ? Map.of() : Map.copyOf(minCondenserEnteringC);
    }

    /** A plant without towers, condenser limits, dehumidification table, PV or battery. */
    public PlantDefinition(String name, String source, List<PlantChiller> chillers, List<PumpUnit> pumps, List<PlantZone> zones,
            OperatingRules rules, ConventionalSequencing conventional, List<CriticalZone> criticalZones) {
        this(name, source, chillers, pumps, zones, rules, conventional, criticalZones, null, Map.of(), null, null, null, null);
    }

    public PumpUnit pump(String id) {
        return pumps.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plant " + name + " has no pump " + id));
    }

    /**
     * The plant with these chillers out of service (a what-if): gone from staging with their condenser limits; their
     * paired pumps stay in the pump list (they run only with their chiller, so they stay off).
     */
    public PlantDefinition withoutChillers(java.util.Set<String> outOfService) {
        if (outOfService.isEmpty()) {
            return this;
        }
        Map<String, Double> limits = new java.util.HashMap<>(minCondenserEnteringC);
        limits.keySet().removeAll(outOfService);
        return new PlantDefinition(name, source, chillers.stream().filter(c -> !outOfService.contains(c.id())).toList(), pumps, zones, rules,
                conventional, criticalZones, towers, limits, dehumidification, photovoltaic, battery, reserve);
    }

    /** Total reference capacity of the chillers, kW. */
    public double referenceCapacityKw() {
        return chillers.stream().mapToDouble(c -> c.model().reference().capacityKw()).sum();
    }
}
