package io.wardwatt.control;

import java.time.Instant;

/** The handler of one {@link DispatchState}: does that state's work and says which state follows. */
interface DispatchStep {

    DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant);
}
