package io.wardwatt.acquisition;

import java.time.Duration;

/**
 * What one device changes in one point of its template: every field null means "as in the template".
 * {@code mustChange} and {@code staleAfter} are additions to the shared contract (optional).
 */
public record PointOverride(Integer address, Double scale, Double offset, String unit, WordOrder wordOrder, ByteOrder byteOrder,
                            Boolean enabled, Boolean mustChange, Duration staleAfter) {

    /** The template's point with this override applied. */
    public RegisterPoint applyTo(RegisterPoint point) {
        RegisterPoint p = point;
        if (address != null) {
            p = p.withAddress(address);
        }
        if (scale != null || offset != null || unit != null) {
            p = p.withScaling(scale == null ? p.scale() : scale, offset == null ? p.offset() : offset, unit == null ? p.unit() : unit);
        }
        if (wordOrder != null || byteOrder != null) {
            p = p.withOrder(wordOrder == null ? p.wordOrder() : wordOrder, byteOrder == null ? p.byteOrder() : byteOrder);
        }
        if (enabled != null || mustChange != null || staleAfter != null) {
            p = p.withWatch(mustChange == null ? p.mustChange() : mustChange, staleAfter == null ? p.staleAfter() : staleAfter,
                    enabled == null ? p.enabled() : enabled);
        }
        return p;
    }
}
