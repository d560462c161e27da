package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Why a plan was made. */
public enum PlanKind {
    /** The daily job's plan of the next day from the latest forecast. */
    DAILY("daily"),
    /** An engineer's question: a scenario posted to the API. */
    WHAT_IF("what-if"),
    /** A stored plan's inputs solved again. */
    REPLAY("replay"),
    /**
     * The rest of an approved plan's day planned again from the measured plant state (intraday re-planning): a
     * revision of the approved plan, or a draft for approval.
     */
    REPLAN("replan");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    /** As stored and shown: daily, what-if, replay, replan. */
    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<PlanKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
