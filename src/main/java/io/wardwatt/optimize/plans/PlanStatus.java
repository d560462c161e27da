package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a plan is: queued → solving → done, stopped or failed (a queued plan may also be stopped before it
 * starts). Status only moves forward; a finished plan never changes again.
 */
public enum PlanStatus {
    QUEUED, SOLVING,
    /** Solved to the end of its search. */
    DONE,
    /** Stopped early on request: holds the best plan found until then, or none when it had not started. */
    STOPPED,
    /** Its inputs could not be planned; {@code error} says why. */
    FAILED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == DONE || this == STOPPED || this == FAILED;
    }

    public static Optional<PlanStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
