package io.wardwatt.control;

import java.time.Instant;

/** Nothing in force: a due command starts a write. */
final class IdleStep implements DispatchStep {

    @Override
    public DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant) {
        return device.takeNextDue(now) ? DispatchState.WRITING : DispatchState.IDLE;
    }
}
