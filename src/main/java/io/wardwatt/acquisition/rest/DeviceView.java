package io.wardwatt.acquisition.rest;

import io.wardwatt.acquisition.DeviceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A polled device in the API: its state, last cycle, requests per cycle and errors. */
public record DeviceView(String code, String template, String endpoint, String state, int points, int requestsPerCycle,
                         int lastCycleRequests, long cycles, long failedCycles, int consecutiveFailures, Instant lastCycleAt,
                         Long lastCycleMillis, Instant lastSuccessAt, String lastError, Instant lastErrorAt, Map<String, Long> errorsByKind,
                         List<String> stalePoints, List<String> lastErrors, Instant nextPollAt) {

    static DeviceView of(DeviceStatus s) {
        return new DeviceView(s.code(), s.template(), s.endpoint(), s.state().name(), s.pointCount(), s.plannedRequests(),
                s.lastCycleRequests(), s.cycles(), s.failedCycles(), s.consecutiveFailures(), s.lastCycleAt(),
                s.lastCycleTime() == null ? null : s.lastCycleTime().toMillis(), s.lastSuccessAt(), s.lastError(), s.lastErrorAt(),
                s.errorsByKind(), s.stalePoints(), s.lastErrors(), s.nextPollAt());
    }
}
