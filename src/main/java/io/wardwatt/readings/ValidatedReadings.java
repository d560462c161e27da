package io.wardwatt.readings;

import java.util.List;

/**
 * The result of checking a request: how many items came, the readings that passed (in the order received)
 * and every problem of those that did not. An item with two problems is rejected once and listed twice.
 */
public record ValidatedReadings(int received, List<Reading> readings, List<Rejection> rejections) {

    public ValidatedReadings {
        readings = List.copyOf(readings);
        rejections = List.copyOf(rejections);
    }

    public boolean allValid() {
        return rejections.isEmpty();
    }

    /** The number of items refused (each counted once, however many problems it has). */
    public int rejectedItems() {
        return received - readings.size();
    }
}
