package io.wardwatt.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one attempt came to, read from the platform's answer (platform profile v1, README "Report submission"):
 * <ul>
 *   <li>2xx with a receipt ({@code receiptId}): accepted; {@code duplicate: true} says the platform already had the key
 *       and answered with its original receipt;</li>
 *   <li>409 with a receipt: the platform already has this key, the receipt is the original one: accepted;</li>
 *   <li>408, 425, 429, 5xx, a 2xx without a receipt, no answer at all (time-out, connection refused or dropped): worth
 *       repeating with the same key, since the platform keeps one receipt per key;</li>
 *   <li>any other 4xx (a payload it refuses, bad credentials, a 409 without receipt): rejected, for a person.</li>
 * </ul>
 */
public sealed interface SubmissionOutcome {

    /** The most of an answer's body kept as the error text. */
    int ERROR_TEXT_LIMIT = 2000;

    /** The HTTP status, or null when there was no answer. */
    Integer httpStatus();

    /** The platform has the report: {@code receipt} is the receipt document (JSON) it answered with. */
    record Accepted(Integer httpStatus, String receiptId, String receipt, boolean duplicate) implements SubmissionOutcome {
    }

    /** Refused for good; {@code error} says why. */
    record Rejected(Integer httpStatus, String error) implements SubmissionOutcome {
    }

    /** Failed in a way worth repeating; {@code error} says how. */
    record Retry(Integer httpStatus, String error) implements SubmissionOutcome {
    }

    /** No answer: the request timed out or the connection failed. */
    static SubmissionOutcome noAnswer(String error) {
        return new Retry(null, error);
    }

    static SubmissionOutcome of(PlatformAnswer answer) {
        int status = answer.status();
        JsonNode receipt = receiptIn(answer.body());
        if (status / 100 == 2) {
            if (receipt == null) {
                return new Retry(status, "HTTP " + status + " without a receipt id: " + excerpt(answer.body()));
            }
            return new Accepted(status, receipt.get("receiptId").asText(), ReportJson.write(receipt), receipt.path("duplicate").asBoolean(false));
        }
        if (status == 409 && receipt != null) {
            return new Accepted(status, receipt.get("receiptId").asText(), ReportJson.write(receipt), true);
        }
        if (status == 408 || status == 425 || status == 429 || status / 100 != 4) {
            return new Retry(status, "HTTP " + status + ": " + excerpt(answer.body()));
        }
        return new Rejected(status, "HTTP " + status + ": " + excerpt(answer.body()));
    }

    /** The receipt in a body: the body itself when it has a receiptId, else its {@code receipt} member when that has one. */
    private static JsonNode receiptIn(String body) {
        JsonNode node;
        try {
            node = body.isBlank() ? null : ReportJson.read(body);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        if (hasReceiptId(node)) {
            return node;
        }
        JsonNode nested = node.get("receipt");
        return nested != null && hasReceiptId(nested) ? nested : null;
    }

    private static boolean hasReceiptId(JsonNode node) {
        return node.isObject() && node.path("receiptId").isTextual() && !node.get("receiptId").asText().isBlank();
    }

    private static String excerpt(String body) {
        String text = body.isBlank() ? "(no body)" : body.strip();
        return text.length() <= ERROR_TEXT_LIMIT ? text : text.substring(0, ERROR_TEXT_LIMIT) + "...";
    }
}
