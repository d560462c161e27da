package io.wardwatt.optimize;

/**
 * A chiller's state when the horizon begins, so that minimum run and stop times carry over from yesterday.
 *
 * @param on running at the start
 * @param slotsInState how many slots it has been in that state (large = long enough for any rule)
 * @param startsSoFar starts already counted against today's maximum
 */
public record InitialChillerState(String chillerId, boolean on, int slotsInState, int startsSoFar) {
}
