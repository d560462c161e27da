package io.wardwatt.readings.store;

/**
 * The COPY data format the writer sends. BINARY spares the server from parsing timestamps and doubles as
 * text (measured in deploy/bench-ingest.sh); TEXT is kept because it is easy to read in a packet capture.
 */
public enum CopyFormat {
    BINARY, TEXT
}
