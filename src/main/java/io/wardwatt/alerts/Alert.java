package io.wardwatt.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A stored alert with its history: when it was raised, last updated, cleared and acknowledged, and by whom. {@code text} is
 * the English sentence; {@code message}, when the producer gave one, says the same as a message key with arguments for
 * a reader in another language (null on alerts raised before messages were stored).
 */
public record Alert(long id, String kind, String site, String source, String period, Instant periodStart, Instant periodEnd,
                    Severity severity, String text, Double measured, Double expected, Double kwhWasted, Instant raisedAt,
                    Instant updatedAt, Instant clearedAt, Instant acknowledgedAt, String acknowledgedBy, String acknowledgeComment,
                    AlertMessage message) {

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
                && java.util.Objects.equals(kwhWasted, raised.kwhWasted()) && java.util.Objects.equals(message, raised.message());
    }
}
