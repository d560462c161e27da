package io.wardwatt.carbon.activity;

/** The evidence an entry cites: its name and type as uploaded, the SHA-256 of its content, its size. */
public record EvidenceFile(String fileName, String mediaType, String sha256, long sizeBytes) {
}
