package io.wardwatt.control;

/**
 * A guard's answer. ALLOW may carry a changed value (a rate limit moves a set-point only part of the way); HOLD
 * means not now, ask again later (minimum run time); REFUSE means never (the command is dropped from its level).
 */
public record GuardVerdict(Outcome outcome, double value, String reason) {

    public enum Outcome {
        ALLOW, HOLD, REFUSE
    }

    public static GuardVerdict allow(double value) {
        return new GuardVerdict(Outcome.ALLOW, value, null);
    }

    public static GuardVerdict limit(double value, String reason) {
        return new GuardVerdict(Outcome.ALLOW, value, reason);
    }

    public static GuardVerdict hold(String reason) {
        return new GuardVerdict(Outcome.HOLD, Double.NaN, reason);
    }

    public static GuardVerdict refuse(String reason) {
        return new GuardVerdict(Outcome.REFUSE, Double.NaN, reason);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }
}
