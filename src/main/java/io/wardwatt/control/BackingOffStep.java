package io.wardwatt.control;

import java.time.Instant;

/** Waits out the back-off after an unanswered write, then rests (and the due command is tried again). */
final class BackingOffStep implements DispatchStep {

    @Override
    public DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant) {
        return now.isBefore(device.retryAt()) ? DispatchState.BACKING_OFF : device.restingState(now);
    }
}
