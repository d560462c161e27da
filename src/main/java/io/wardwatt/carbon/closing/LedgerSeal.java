package io.wardwatt.carbon.closing;

import io.wardwatt.carbon.ClosedLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content hash of a closed ledger: hex SHA-256 of its canonical content, a JSON document (format
 * {@value #FORMAT}) holding, in this order, the site, month, version, factor set id and file hash, policy,
 * calculation day, the ledger text, the activities text, the version restated and the difference, when and by whom
 * it was closed, and the previous ledger's hash. Because the previous hash is inside, a site's months form a chain:
 * changing any stored month changes its hash, which no longer matches what the next month recorded.
 */
public final class LedgerSeal {

    public static final String FORMAT = "wardwatt-carbon-ledger/1";

    private LedgerSeal() {
    }

    /** The canonical text hashed; the row's id and own hash are not part of it. */
    public static String canonicalContent(ClosedLedger ledger) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("format", FORMAT);
        content.put("site", ledger.site());
        content.put("month", ledger.month().toString());
        content.put("version", ledger.version());
        content.put("factorSetId", ledger.factorSetId());
        content.put("factorSetSha256", ledger.factorSetSha256());
        content.put("policy", ledger.policy());
        content.put("asOf", ledger.asOf().toString());
        content.put("ledger", ledger.ledgerJson());
        content.put("activities", ledger.activitiesJson());
        content.put("restatesVersion", ledger.restatesVersion());
        content.put("difference", ledger.differenceJson());
        content.put("closedAt", ledger.closedAt().toString());
        content.put("closedBy", ledger.closedBy());
        content.put("previousMonth", ledger.previousMonth() == null ? null : ledger.previousMonth().toString());
        content.put("previousVersion", ledger.previousVersion());
        content.put("previousHash", ledger.previousHash());
        return CanonicalJson.write(content);
    }

    public static String contentHash(ClosedLedger ledger) {
        return sha256(canonicalContent(ledger));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
