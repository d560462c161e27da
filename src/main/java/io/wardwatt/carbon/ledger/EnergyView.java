package io.wardwatt.carbon.ledger;

import java.math.BigDecimal;

/**
 * Energy in tonnes of standard coal equivalent (GB/T 2589; electricity at its equivalent value, 当量值). Purchased
 * energy is what came in from outside: grid electricity, fuels, heat. On-site PV used on site is renewable and shown
 * apart, because non-fossil energy no longer counts in energy-consumption control (发改环资〔2024〕113号).
 * Exported PV is not subtracted from the grid purchase: those kWh came from the panels, not from the grid.
 */
public record EnergyView(BigDecimal purchasedTce, BigDecimal renewableOnSiteTce) {

    public BigDecimal totalTce() {
        return purchasedTce.add(renewableOnSiteTce);
    }
}
