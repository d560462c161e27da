package io.wardwatt.control;

import java.time.Instant;
import java.util.Map;

/**
 * What the readings say about the plant at one instant, as far as dispatch needs it.
 *
 * @param supplyC measured chilled-water supply temperature of the common header, °C; NaN when not measured
 * @param chillers status per chiller code
 */
public record PlantSnapshot(Instant at, double supplyC, Map<String, ChillerStatus> chillers) {

    public PlantSnapshot {
        chillers = Map.copyOf(chillers);
    }

    public long chillersAvailable() {
        return chillers.values().stream().filter(ChillerStatus::available).count();
    }
}
