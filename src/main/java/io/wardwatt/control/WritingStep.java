package io.wardwatt.control;

import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.input.InvalidInputException;
import java.time.Instant;

/**
 * Runs the guards on the write in hand and sends it. Held: try again at a later tick. Refused (by a guard or by
 * the point itself): the command is dropped from its level, so a lower one (or the plant) governs. No answer:
 * back off.
 */
final class WritingStep implements DispatchStep {

    @Override
    public DispatchState handle(DeviceDispatch device, Instant now, PlantSnapshot plant) {
        DeviceDispatch.Pending pending = device.pending();
        ProposedWrite proposal = new ProposedWrite(pending.point(), pending.command(), pending.command().value(), now,
                device.lastWrite(pending.point()), plant);
        GuardVerdict verdict = device.guard().check(proposal);
        switch (verdict.outcome()) {
            case HOLD -> {
                device.held(pending.point(), now, verdict.reason());
                return device.restingState(now);
            }
            case REFUSE -> {
                device.refused(pending, now, verdict.reason());
                return device.restingState(now);
            }
            default -> {
                // ALLOW, perhaps with a limited value
            }
        }
        try {
            device.sent(verdict.value(), verdict.reason(), device.port().write(pending.point(), verdict.value()));
            return DispatchState.VERIFYING;
        } catch (InvalidInputException e) {
            device.refused(pending, now, e.problems().get(0).where() + ": " + e.problems().get(0).problem());
            return device.restingState(now);
        } catch (PlantUnreachableException e) {
            device.unreachable(now, e.getMessage());
            device.event(now, Type.UNREACHABLE, pending.point(), e.getMessage() + "; next try at " + device.retryAt());
            return DispatchState.BACKING_OFF;
        }
    }
}
