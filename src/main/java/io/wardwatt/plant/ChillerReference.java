package io.wardwatt.plant;

/**
 * The rating point a chiller's curves are normalised to: capacity and COP at the reference leaving
 * chilled-water and entering condenser-water temperatures, and the design flows through both heat exchangers.
 */
public record ChillerReference(double capacityKw, double cop, double leavingChilledWaterC, double enteringCondenserWaterC,
        double chilledWaterFlowM3s, double condenserWaterFlowM3s) {
}
