package io.wardwatt.plant;

/**
 * The conditions a cooling-tower approach correlation was fitted on, as its source documents them. The EnergyPlus
 * practice (Engineering Reference, variable speed towers) is kept: the wet bulb and the water-flow ratio used
 * <em>in the correlation</em> are held inside their range; range, approach and liquid-to-gas ratio are only
 * reported when outside.
 *
 * @param maxLiquidToGasRatio the highest water-to-air flow ratio ratio (FRwater/FRair), NaN when the source gives none
 */
public record TowerCorrelationRange(CurveRange wetBulbC, CurveRange rangeK, CurveRange approachK, CurveRange waterFlowRatio,
        double maxLiquidToGasRatio) {
}
