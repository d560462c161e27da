package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.factors.Factor;
import java.math.BigDecimal;

/**
 * The GHG Protocol view, tCO2e: scope 1 (fuel burnt, CO2 only as the factor set gives it; refrigerant leakage as
 * the month's top-up times its GWP) and scope 2 both ways. Location-based: all grid electricity at the grid
 * average factor, plus heat. Market-based: the part covered by green-power trades or certificates at 0, the rest
 * at the residual factor (the national average excluding market-traded non-fossil power; the location factor
 * when none is published, as the Scope 2 Guidance does without a residual mix), plus heat at its one factor.
 * Exports are not netted against purchases here; Montreal Protocol gases are a memo item.
 *
 * @param residualFactor the market-based factor used for the uncovered remainder; null when no grid electricity
 */
public record GhgProtocolView(String gwpReport, BigDecimal scope1FuelTco2e, BigDecimal scope1RefrigerantTco2e,
        BigDecimal scope2LocationElectricityTco2e, BigDecimal scope2HeatTco2e, BigDecimal electricityMwh, BigDecimal greenCoveredMwh,
        Factor residualFactor, BigDecimal scope2MarketElectricityTco2e, BigDecimal memoMontrealGasesTco2e, BigDecimal memoPvGeneratedMwh,
        BigDecimal memoPvExportedMwh) {

    /** No residual factor was published for the month: the location-based factor stands in. */
    public boolean residualIsLocationFactor() {
        return residualFactor != null && residualFactor.key().equals(io.wardwatt.carbon.factors.GridForm.AVERAGE.code());
    }

    public BigDecimal scope1Tco2e() {
        return scope1FuelTco2e.add(scope1RefrigerantTco2e);
    }

    public BigDecimal scope2LocationTco2e() {
        return scope2LocationElectricityTco2e.add(scope2HeatTco2e);
    }

    public BigDecimal scope2MarketTco2e() {
        return scope2MarketElectricityTco2e.add(scope2HeatTco2e);
    }

    public BigDecimal residualMwh() {
        return electricityMwh.subtract(greenCoveredMwh);
    }

    public BigDecimal totalLocationTco2e() {
        return scope1Tco2e().add(scope2LocationTco2e());
    }

    public BigDecimal totalMarketTco2e() {
        return scope1Tco2e().add(scope2MarketTco2e());
    }
}
