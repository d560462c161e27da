package io.wardwatt.readings.rollup;

import java.time.Instant;

/** A meter replacement as stored: who recorded it and when. */
public record RecordedReplacement(long id, int pointId, String pointKey, Instant replacedAt, double oldFinalValue,
                                  double newInitialValue, String note, String recordedBy, Instant recordedAt) {

    public MeterReplacement toReplacement() {
        return new MeterReplacement(replacedAt, oldFinalValue, newInitialValue);
    }
}
