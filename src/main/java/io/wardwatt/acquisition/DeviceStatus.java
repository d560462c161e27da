package io.wardwatt.acquisition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A device as its poller sees it after its latest cycle (a snapshot: safe to read from any thread).
 *
 * @param plannedRequests     requests one full cycle makes (the plan)
 * @param lastCycleRequests   requests the latest cycle made (fewer when it stopped at a lost connection)
 * @param consecutiveFailures cycles in a row that read nothing
 * @param errorsByKind        failed requests since start-up, by {@link FailureKind#tag()}
 * @param stalePoints         names of the points stale now, sorted
 * @param lastErrors          the failed requests of the latest cycle that had any
 * @param nextPollAt          when the next cycle is due (later than one interval when backed off)
 */
public record DeviceStatus(String code, String template, String endpoint, DeviceState state, int pointCount, int plannedRequests,
                           long cycles, long failedCycles, int consecutiveFailures, Instant lastCycleAt, Duration lastCycleTime,
                           int lastCycleRequests, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
                           Map<String, Long> errorsByKind, List<String> stalePoints, List<String> lastErrors, Instant nextPollAt) {

    public DeviceStatus {
        errorsByKind = Map.copyOf(errorsByKind);
        stalePoints = List.copyOf(stalePoints);
        lastErrors = List.copyOf(lastErrors);
    }

    /** A device that is not polled, with the reason. */
    public static DeviceStatus disabled(DeviceConfig device, String reason, Instant at) {
        return new DeviceStatus(device.code(), device.template(), ModbusEndpoint.of(device).toString(), DeviceState.DISABLED, 0, 0, 0, 0, 0,
                null, null, 0, null, reason, at, Map.of(), List.of(), List.of(), null);
    }
}
