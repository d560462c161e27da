package io.wardwatt.optimize;

/**
 * What one chiller does in a slot's load split.
 *
 * @param plr load over capacity (0 when off)
 * @param powerKw electric power, 0 when off
 */
public record ChillerDispatch(String id, boolean on, double plr, double loadKw, double powerKw) {

    static ChillerDispatch off(String id) {
        return new ChillerDispatch(id, false, 0, 0, 0);
    }
}
