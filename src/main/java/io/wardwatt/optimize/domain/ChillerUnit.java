package io.wardwatt.optimize.domain;

/**
 * A chiller as a planning fact: its position (bit) in the on/off sets, its timing rules in slots and the state it
 * carries in from before the horizon.
 *
 * @param mustRunSlots slots at the start it must stay on (a run begun before the horizon not yet long enough)
 * @param mustStaySlots slots at the start it must stay off (a stop begun before the horizon not yet long enough)
 */
public record ChillerUnit(int index, String id, int minRunSlots, int minStopSlots, int maxStarts, boolean initiallyOn,
        int startsSoFar, int mustRunSlots, int mustStaySlots) {

    public int bit() {
        return 1 << index;
    }
}
