package io.wardwatt.acquisition;

import java.time.Duration;
import java.util.List;

/**
 * What one cycle of a device produced: the readings to send (values with their source time and quality), the
 * requests it made and those that failed, how long it took, and when to try again.
 */
public record CycleOutcome(List<PolledValue> values, int requests, List<RequestError> errors, Duration cycleTime, Duration nextDelay,
                           DeviceState state) {

    public CycleOutcome {
        values = List.copyOf(values);
        errors = List.copyOf(errors);
    }
}
