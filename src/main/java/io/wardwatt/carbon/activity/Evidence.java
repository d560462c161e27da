package io.wardwatt.carbon.activity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file that backs a manual entry (a bill, a delivery note, a refrigerant service log), as uploaded. Stored once per
 * content (by its SHA-256), however many entries cite it.
 */
public record Evidence(String fileName, String mediaType, byte[] content) {

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What is recorded on the entry. */
    public EvidenceFile file() {
        return new EvidenceFile(fileName, mediaType, sha256(), content.length);
    }
}
