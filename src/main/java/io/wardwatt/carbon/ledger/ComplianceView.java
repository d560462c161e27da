package io.wardwatt.carbon.ledger;

import java.math.BigDecimal;

/**
 * The Chinese public-building compliance view (NDRC 2015, 公共建筑运营单位（企业）温室气体排放核算方法和报告指南（试行）;
 * hospitals are public buildings under 科教文卫): CO2 only, from three sources, E = E_fuel + E_elec + E_heat.
 * Electricity and heat are counted net: purchased less supplied out (PV fed into the grid), at the grid average
 * factor the policy picked; the guideline provides for no green certificates, so green power bought counts as any
 * other purchase. Refrigerants are outside it.
 *
 * @param netElectricityMwh purchased minus exported; may be negative for a net exporter, as the formula allows
 */
public record ComplianceView(BigDecimal fuelCombustionTco2, BigDecimal purchasedElectricityMwh, BigDecimal exportedElectricityMwh,
        BigDecimal netElectricityMwh, BigDecimal netElectricityTco2, BigDecimal netHeatGj, BigDecimal netHeatTco2) {

    public BigDecimal totalTco2() {
        return fuelCombustionTco2.add(netElectricityTco2).add(netHeatTco2);
    }
}
