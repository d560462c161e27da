package io.wardwatt.control;

import java.time.Instant;

/**
 * A write dispatch is about to make, as the guards see it.
 *
 * @param value the value to write (the command's, or already limited by an earlier guard)
 * @param lastWrite the point's last confirmed write; null when dispatch has not written it
 */
public record ProposedWrite(CommandedPoint point, Command command, double value, Instant now, LastWrite lastWrite, PlantSnapshot plant) {

    public ProposedWrite withValue(double limited) {
        return new ProposedWrite(point, command, limited, now, lastWrite, plant);
    }
}
