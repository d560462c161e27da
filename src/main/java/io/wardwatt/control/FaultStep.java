package io.wardwatt.control;

import java.time.Instant;

/** Writes nothing until {@link DeviceDispatch#acknowledge}: the plant's hold runs out and its own control governs. */
final class FaultStep implements DispatchStep {

    @Override
    public DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant) {
        return DispatchState.FAULT;
    }
}
