package io.wardwatt.control.runtime;

import io.wardwatt.acquisition.PolledValue;
import io.wardwatt.acquisition.runtime.LiveValues;
import io.wardwatt.control.ChillerStatus;
import io.wardwatt.control.PlantSnapshot;
import io.wardwatt.readings.Quality;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plant as dispatch sees it, from the latest polled values (not the readings table: control needs now, not the
 * last flush): the common supply temperature and each chiller's ENABLE, RUN and ALARM, with when RUN last changed as
 * far as this service watched it. A chiller with no good RUN value is left out (unknown, not "stopped").
 */
final class LiveSnapshots {

    private final LiveValues live;
    private final List<String> chillers;
    private final String supplyDevice;
    private final String supplyPoint;
    private final Map<String, Boolean> lastRun = new HashMap<>();
    private final Map<String, Instant> runChangedAt = new HashMap<>();

    /** @param supplyPoint device code and point name, DEVICE.POINT (the device code may contain dots only before the last one) */
    LiveSnapshots(LiveValues live, List<String> chillers, String supplyPoint) {
        this.live = live;
        this.chillers = List.copyOf(chillers);
        int dot = supplyPoint.lastIndexOf('.');
        if (dot <= 0 || dot == supplyPoint.length() - 1) {
            throw new IllegalArgumentException("wardwatt.control.supply-point must be DEVICE.POINT, got '" + supplyPoint + "'");
        }
        this.supplyDevice = supplyPoint.substring(0, dot);
        this.supplyPoint = supplyPoint.substring(dot + 1);
    }

    PlantSnapshot at(Instant now) {
        double supply = good(supplyDevice, supplyPoint).map(PolledValue::value).orElse(Double.NaN);
        Map<String, ChillerStatus> statuses = new LinkedHashMap<>();
        for (String chiller : chillers) {
            Optional<PolledValue> run = good(chiller, "RUN");
            if (run.isEmpty()) {
                continue;
            }
            boolean running = run.get().value() != 0;
            Boolean before = lastRun.put(chiller, running);
            if (before != null && before != running) {
                runChangedAt.put(chiller, run.get().ts());
            }
            boolean enabled = good(chiller, "ENABLE").map(v -> v.value() != 0).orElse(true);
            boolean alarm = good(chiller, "ALARM").map(v -> v.value() != 0).orElse(false);
            statuses.put(chiller, new ChillerStatus(enabled, running, alarm, runChangedAt.get(chiller)));
        }
        return new PlantSnapshot(now, supply, statuses);
    }

    private Optional<PolledValue> good(String device, String point) {
        return live.latest(device, point).filter(v -> v.quality() == Quality.GOOD);
    }
}
