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

    /**
     * The plant as it will be once this chiller's ENABLE holds {@code enabled}: a slot's stops are judged one after the
     * other against what the stops before them leave, not each against the plant as it is (which would let a slot stop
     * every chiller but one, each stop on its own leaving enough).
     */
    public PlantSnapshot withEnabled(String chiller, boolean enabled) {
        ChillerStatus status = chillers.get(chiller);
        if (status == null || status.enabled() == enabled) {
            return this;
        }
        Map<String, ChillerStatus> changed = new java.util.HashMap<>(chillers);
        changed.put(chiller, new ChillerStatus(enabled, status.running(), status.alarm(), status.runningSince()));
        return new PlantSnapshot(at, supplyC, changed);
    }
}
