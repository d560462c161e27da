package io.wardwatt.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a submission stands. pending -> sending -> accepted | rejected | retrying; retrying -> sending. A row left
 * sending by a crash is sent again once its lease has run out. A person may put a rejected row back to pending.
 */
public enum SubmissionStatus {
    /** Enqueued, not sent yet (or put back by a person after a rejection). */
    PENDING,
    /** Claimed by a sender, which holds a lease on it; the request may be on its way. */
    SENDING,
    /** The last attempt failed in a way worth repeating (5xx, time-out, no connection); due again at next attempt. */
    RETRYING,
    /** The platform has it: its receipt is stored. Final. */
    ACCEPTED,
    /** The platform refused it for good (4xx), or the attempts ran out: kept with the error for a person to see. */
    REJECTED;

    /** The status as stored and shown: pending, sending, ... */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubmissionStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
