package io.wardwatt.reporting;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One site-month report version as it goes to the platform: the payload text (sent byte for byte the same on every
 * attempt), what identifies it, its content hash and idempotency key.
 *
 * <p>The key is {@code site:period:v<version>:<first 32 hex digits of the content hash>}: the same report always gets
 * the same key, however often it is rendered, and a different document can never hide behind a key the platform has
 * seen, even if a version number were used twice.
 */
public record PlatformReport(String site, YearMonth period, int reportVersion, String reportId, String idempotencyKey, String contentHash,
                             String json) {

    public PlatformReport {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(json, "json");
        if (reportVersion < 1) {
            throw new IllegalArgumentException("reportVersion starts at 1, got " + reportVersion);
        }
    }

    /** The key of a report of this site, month and version with this content. */
    public static String keyOf(String site, YearMonth period, int reportVersion, String contentHash) {
        return site + ":" + period + ":v" + reportVersion + ":" + contentHash.substring(0, 32);
    }

    /**
     * Reads a payload: JSON, then the schema (every problem at once, each with its JSON path), then what the schema cannot
     * say (a restatement replaces an earlier version; the key, when given, is the one of this content). A payload without
     * {@code idempotencyKey} gets it; {@code generatedAt} and the key are not content.
     *
     * @throws InvalidInputException naming each problem by JSON path; nothing was stored
     */
    public static PlatformReport read(String text) {
        JsonNode node;
        try {
            node = ReportJson.read(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException("$", "not JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("$", "the payload must be a JSON object");
        }
        ObjectNode payload = (ObjectNode) node;
        boolean keyGiven = payload.hasNonNull("idempotencyKey");
        List<InputProblem> problems = new ArrayList<>(PlatformReportSchema.v1().problems(payload));
        if (!keyGiven) {
            problems.removeIf(p -> p.where().equals("$.idempotencyKey"));   // filled in below
        }
        if (problems.isEmpty()) {
            problems.addAll(restatementProblems(payload));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String site = payload.get("site").get("code").asText();
        YearMonth period = YearMonth.parse(payload.get("period").asText());
        int version = payload.get("reportVersion").asInt();
        String hash = ReportJson.contentHash(payload);
        String key = keyOf(site, period, version, hash);
        if (keyGiven && !payload.get("idempotencyKey").asText().equals(key)) {
            throw new InvalidInputException("$.idempotencyKey", "is '" + payload.get("idempotencyKey").asText() + "' but this content's key is '"
                    + key + "' (site:period:v<version>:<content hash>); leave it out to have it filled in");
        }
        payload.put("idempotencyKey", key);
        return new PlatformReport(site, period, version, payload.get("reportId").asText(), key, hash, ReportJson.write(payload));
    }

    private static List<InputProblem> restatementProblems(ObjectNode payload) {
        JsonNode restatement = payload.get("restatement");
        int version = payload.get("reportVersion").asInt();
        if (restatement == null) {
            return List.of();
        }
        if (version == 1) {
            return List.of(new InputProblem("$.restatement", "version 1 is the first report of the month and restates nothing"));
        }
        int replaces = restatement.get("replacesVersion").asInt();
        if (replaces >= version) {
            return List.of(new InputProblem("$.restatement.replacesVersion", "must be below reportVersion " + version + ", got " + replaces));
        }
        return List.of();
    }
}
