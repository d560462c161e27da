package io.wardwatt.carbon.closing;

import java.math.BigDecimal;

/**
 * One meter's part of a metered activity: the counter's consumption in the month (from the rollups, in its own
 * unit, rounded to {@link BookedActivity#METERED_DECIMALS} decimals) and the register steps counted as zero.
 *
 * @param point {@code SITE/POINT}
 */
public record MeterShare(int pointId, String point, String unit, BigDecimal quantity, int anomalies) {
}
