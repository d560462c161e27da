package io.wardwatt.readings.rollup;

/** How the consumption between two consecutive register values was worked out. */
public enum StepOutcome {
    /** v1 - v0. */
    NORMAL(false),
    /** The register wrapped: rollover - v0 + v1. */
    ROLLOVER(false),
    /** A recorded meter replacement lies in between: (oldFinal - v0) + (v1 - newInitial). */
    REPLACEMENT(false),
    /** The register went backwards with no wrap or replacement to explain it: counted as 0. */
    BACKWARDS(true),
    /** The register jumped forward by more than is plausible: counted as 0. */
    IMPLAUSIBLE_JUMP(true);

    private final boolean anomaly;

    StepOutcome(boolean anomaly) {
        this.anomaly = anomaly;
    }

    public boolean isAnomaly() {
        return anomaly;
    }
}
