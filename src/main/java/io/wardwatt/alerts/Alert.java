package io.wardwatt.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A stored alert with its history: when it was raised, last updated, cleared and acknowledged, and by whom. */
public record Alert(long id, String kind, String site, String source, String period, Instant periodStart, Instant periodEnd,
                    Severity severity, String text, Double measured, Double expected, Double kwhWasted, Instant raisedAt,
                    Instant updatedAt, Instant clearedAt, Instant acknowledgedAt, String acknowledgedBy, String acknowledgeComment) {

    /** OPEN until acknowledged or cleared; an acknowledgement outranks a clearance. */
    @JsonProperty("status")
    public AlertStatus status() {
        if (acknowledgedAt != null) {
            return AlertStatus.ACKNOWLEDGED;
        }
        return clearedAt != null ? AlertStatus.CLEARED : AlertStatus.OPEN;
    }

    /** Whether posting the condition again would change anything an engineer reads. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean sameFindingAs(RaisedAlert raised) {
        return clearedAt == null && severity == raised.severity() && text.equals(raised.text())
                && java.util.Objects.equals(measured, raised.measured()) && java.util.Objects.equals(expected, raised.expected())
                && java.util.Objects.equals(kwhWasted, raised.kwhWasted());
    }
}
