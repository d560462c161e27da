package io.wardwatt.readings.store;

import io.wardwatt.readings.Reading;
import java.nio.charset.StandardCharsets;

/**
 * Encodes readings as PostgreSQL COPY data into a growable byte array. The columns are
 * {@code (ts, point_id, value, quality)}, preceded by {@code seq} when staging a batch whose order matters
 * (the first of two readings with the same key wins).
 */
final class CopyRowEncoder {

    /** Microseconds from 1970-01-01 to PostgreSQL's epoch 2000-01-01 (UTC). */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] BINARY_SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final CopyFormat format;
    private final boolean withSeq;
    private byte[] buffer = new byte[1 << 16];
    private int length;

    CopyRowEncoder(CopyFormat format, boolean withSeq) {
        this.format = format;
        this.withSeq = withSeq;
    }

    /** The WITH clause of the COPY command. */
    String copyOptions() {
        return format == CopyFormat.BINARY ? "(format binary)" : "(format text)";
    }

    void header() {
        if (format == CopyFormat.BINARY) {
            ensure(BINARY_SIGNATURE.length + 8);
            System.arraycopy(BINARY_SIGNATURE, 0, buffer, length, BINARY_SIGNATURE.length);
            length += BINARY_SIGNATURE.length;
            putInt(0); // flags: no OIDs
            putInt(0); // header extension length
        }
    }

    void row(long seq, Reading reading) {
        if (format == CopyFormat.BINARY) {
            binaryRow(seq, reading);
        } else {
            textRow(seq, reading);
        }
    }

    void trailer() {
        if (format == CopyFormat.BINARY) {
            ensure(2);
            putShort((short) -1);
        }
    }

    byte[] bytes() {
        return buffer;
    }

    int length() {
        return length;
    }

    void reset() {
        length = 0;
    }

    private void binaryRow(long seq, Reading reading) {
        ensure(2 + (withSeq ? 12 : 0) + 12 + 8 + 12 + 6);
        putShort((short) (withSeq ? 5 : 4));
        if (withSeq) {
            putInt(8);
            putLong(seq);
        }
        putInt(8);
        putLong(reading.epochMicros() - PG_EPOCH_MICROS);
        putInt(4);
        putInt(reading.pointId());
        putInt(8);
        putLong(Double.doubleToLongBits(reading.value()));
        putInt(2);
        putShort((short) reading.quality().code());
    }

    private void textRow(long seq, Reading reading) {
        StringBuilder line = new StringBuilder(64);
        if (withSeq) {
            line.append(seq).append('\t');
        }
        // Instant#toString is ISO-8601 in UTC with Z, which timestamptz input reads exactly; Double#toString
        // is the shortest text that reads back to the same double.
        line.append(reading.ts()).append('\t').append(reading.pointId()).append('\t')
                .append(reading.value()).append('\t').append(reading.quality().code()).append('\n');
        byte[] text = line.toString().getBytes(StandardCharsets.US_ASCII);
        ensure(text.length);
        System.arraycopy(text, 0, buffer, length, text.length);
        length += text.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void putShort(short v) {
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putInt(int v) {
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }
}
