package io.wardwatt.control;

import io.wardwatt.control.DispatchEvent.Type;
import java.time.Instant;

/**
 * Compares what the device holds with what was written. As written: the write is in force. Otherwise the device
 * is not doing what dispatch believes (local mode, a rejected value, a wrong map): alarm and FAULT.
 */
final class VerifyingStep implements DispatchStep {

    @Override
    public DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant) {
        DeviceDispatch.Pending pending = device.pending();
        PlantPort.WriteResult result = pending.result();
        boolean asWritten = result.confirmed() && Math.abs(result.readBack() - pending.value()) <= device.settings().readBackTolerance();
        if (!asWritten) {
            device.fault(now, pending.point() + " written " + pending.value() + " but read back " + result.readBack()
                    + ": no more writes to " + device.code() + " until an engineer acknowledges");
            return DispatchState.FAULT;
        }
        device.confirmed(now);
        return DispatchState.HOLDING;
    }
}
