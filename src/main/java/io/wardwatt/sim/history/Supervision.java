package io.wardwatt.sim.history;

import io.wardwatt.sim.SimulatedHospital;
import java.time.Instant;

/**
 * Something in charge of the history's plant from an instant on (the demo's Wardwatt after it went live): attached to
 * the history's model at {@link #attachAt()}, it is then called before every model step, and may plan and write
 * commands to the simulated devices. Without one the plant runs its own conventional staging throughout.
 */
public interface Supervision {

    /** When it attaches; it may watch (record) for days before it first plans. */
    Instant attachAt();

    /** Attaches to the history's model, whose clock shows {@code attachAt()} or the first step after it. */
    StepHook attach(SimulatedHospital hospital);

    /** What runs before each model step from the attachment on. */
    interface StepHook {

        /** @param now the model's time; the step that follows advances it by the history's step */
        void beforeStep(Instant now);
    }
}
