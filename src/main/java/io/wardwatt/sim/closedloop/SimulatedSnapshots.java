package io.wardwatt.sim.closedloop;

import io.wardwatt.control.ChillerStatus;
import io.wardwatt.control.PlantSnapshot;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.plant.SimulatedChiller;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated plant as dispatch sees it through the service's points: the common supply temperature (CHW-BTU's
 * SUPPLY_T is the plant's mixed supply) and each chiller's ENABLE, RUN (since when) and ALARM (the simulated chillers
 * do not alarm).
 */
final class SimulatedSnapshots {

    private SimulatedSnapshots() {
    }

    static PlantSnapshot of(SimulatedHospital hospital) {
        Instant now = hospital.now();
        Map<String, ChillerStatus> chillers = new LinkedHashMap<>();
        for (SimulatedChiller chiller : hospital.plant().chillers()) {
            Instant since = chiller.changedAt().equals(Instant.MIN) ? null : chiller.changedAt();
            chillers.put(chiller.code(), new ChillerStatus(chiller.enabled(now), chiller.running(), false, since));
        }
        return new PlantSnapshot(now, hospital.plant().supplyC(), chillers);
    }
}
