package io.wardwatt.control;

import java.time.Instant;

/**
 * Commands in force: a changed or renewal-due command starts a write; when every command of the device is
 * relinquished, nothing more is written and the plant's own control takes over once its hold runs out.
 */
final class HoldingStep implements DispatchStep {

    @Override
    public DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant) {
        if (device.takeNextDue(now)) {
            return DispatchState.WRITING;
        }
        return device.anyCommandInForce(now) ? DispatchState.HOLDING : DispatchState.IDLE;
    }
}
