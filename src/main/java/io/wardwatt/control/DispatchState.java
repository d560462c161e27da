package io.wardwatt.control;

/**
 * The states of one device's dispatch, each with its handler (OpenEMS style: an enum of states, one step each,
 * driven by {@link DeviceDispatch}).
 *
 * <pre>
 * IDLE ──due──▶ WRITING ──sent──▶ VERIFYING ──read back as written──▶ HOLDING ──due (changed or renewal)──▶ WRITING
 *   ▲              │ held/refused: back to rest        │ not as written                │ all relinquished
 *   │              │ no answer ──▶ BACKING_OFF ──time──┘▶ rest                          ▼
 *   └──────────────┴──────────── acknowledged ◀── FAULT (alarm; no writes) ◀──────────  IDLE
 * </pre>
 */
public enum DispatchState {
    /** Nothing written is in force; waits for a command. */
    IDLE(new IdleStep()),
    /** Guards checked and one write sent. */
    WRITING(new WritingStep()),
    /** The read-back compared with what was written. */
    VERIFYING(new VerifyingStep()),
    /** Commands written and in force; renewed before the plant's hold runs out. */
    HOLDING(new HoldingStep()),
    /** The device did not answer; waits interval × 2ⁿ before trying again. */
    BACKING_OFF(new BackingOffStep()),
    /** A write was not read back as written: alarm, and no more writes to this device until acknowledged. */
    FAULT(new FaultStep());

    private final DispatchStep step;

    DispatchState(DispatchStep step) {
        this.step = step;
    }

    DispatchStep step() {
        return step;
    }

    /** States a tick ends in (the others are passed through within one tick). */
    boolean resting() {
        return this != WRITING && this != VERIFYING;
    }
}
