package io.wardwatt.readings.query;

/** The readings of one bucket whose quality is not good: the worst quality code among them and how many there are. */
public record FlaggedReadings(int worstCode, long count) {

    public FlaggedReadings merge(FlaggedReadings other) {
        return new FlaggedReadings(Math.max(worstCode, other.worstCode), count + other.count);
    }
}
