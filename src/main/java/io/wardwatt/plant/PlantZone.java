package io.wardwatt.plant;

import java.util.List;

/**
 * A secondary chilled-water zone: a share of the plant's cooling load carried by a group of identical parallel
 * pumps. Its flow follows the load at the design return temperature (two-way valves at the coils hold the
 * return warm), so {@code flow = load / (ρ·cp·(Treturn − Tsupply))}: a warmer supply means more water.
 *
 * @param loadShare share of the plant load, 0..1
 * @param pumpIds its pumps, in the order the plant file lists them
 * @param pumps the pumps as a group on the zone's system curve
 * @param designFlowM3s the flow the system curve was drawn through
 * @param designReturnC chilled-water return temperature the coils are selected for, °C
 */
public record PlantZone(String id, String name, double loadShare, List<String> pumpIds, PumpGroup pumps, double designFlowM3s,
        double designReturnC) {

    public PlantZone {
        pumpIds = List.copyOf(pumpIds);
    }

    /** The zone's chilled-water flow for a load (kW) at a supply temperature (°C), m³/s; infinite when supply is not below return. */
    public double flowM3s(double zoneLoadKw, double supplyC) {
        double deltaK = designReturnC - supplyC;
        if (!(deltaK > 0)) {
            return zoneLoadKw > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return Math.max(0, zoneLoadKw) / (Water.VOLUMETRIC_HEAT_KJ_M3K * deltaK);
    }
}
