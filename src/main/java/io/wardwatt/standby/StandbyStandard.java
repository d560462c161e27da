package io.wardwatt.standby;

/**
 * The standby draw a type of device should have, and where the figure comes from.
 *
 * @param type      the type's code in the standards file, e.g. {@code mri-3t}
 * @param standbyKw the standard standby draw, kW (above 0)
 * @param source    the reference for the figure (manufacturer data, COCIR, or "illustrative")
 */
public record StandbyStandard(String type, String name, double standbyKw, String source) {
}
