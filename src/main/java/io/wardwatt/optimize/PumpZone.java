package io.wardwatt.optimize;

import io.wardwatt.plant.GroupDuty;
import io.wardwatt.plant.PlantZone;
import java.util.List;
import java.util.Locale;

/**
 * A secondary zone of a plant definition as the planner sees it: the zone's flow follows its load at the design
 * return temperature, and its identical parallel pumps meet the zone's system curve (static head = the far coil's
 * differential-pressure set-point) at a common speed.
 */
public record PumpZone(PlantZone zone) implements SecondaryZone {

    @Override
    public String id() {
        return zone.id();
    }

    @Override
    public List<String> pumpIds() {
        return zone.pumpIds();
    }

    @Override
    public double loadShare() {
        return zone.loadShare();
    }

    @Override
    public SecondaryPumpDuty duty(double zoneLoadKw, double supplySetpointC, int running) {
        double flow = zone.flowM3s(zoneLoadKw, supplySetpointC);
        if (Double.isInfinite(flow)) {
            return SecondaryPumpDuty.infeasible(running, flow, flow, String.format(Locale.ROOT,
                    "zone %s: supply %.1f °C is not below the design return %.1f °C, no flow can carry the load", id(), supplySetpointC,
                    zone.designReturnC()));
        }
        GroupDuty duty = zone.pumps().duty(flow, running);
        return new SecondaryPumpDuty(duty.feasible(), duty.infeasibleReason(), duty.running(), duty.flowM3s(), duty.speedFraction(),
                duty.headKpa(), duty.powerKw(), duty.shortfallM3s());
    }
}
