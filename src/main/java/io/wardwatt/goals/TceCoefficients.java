package io.wardwatt.goals;

/**
 * Standard-coal coefficients (GB/T 2589) taken from the carbon factor set, so the goals count tce exactly as the
 * ledger's energy view does: electricity at its equivalent value, natural gas, heat. Steam raised by the site's own
 * gas boilers is already counted as the gas burnt; only when steam is bought is it added, as heat
 * ({@code steamGjPerT} × the heat coefficient).
 *
 * @param electricityTcePerKwh e.g. 0.0001229 (0.1229 kgce/kWh)
 * @param gasTcePerM3          e.g. 0.00133
 * @param heatTcePerGj         e.g. 0.03412
 * @param steamGjPerT          enthalpy of bought steam; null when steam is raised on site (not added)
 * @param source               the set and factor ids, for the report
 */
public record TceCoefficients(double electricityTcePerKwh, double gasTcePerM3, double heatTcePerGj, Double steamGjPerT, String source) {

    public double tce(MonthEnergy energy) {
        double tce = energy.electricityKwh() * electricityTcePerKwh + energy.naturalGasM3() * gasTcePerM3 + energy.heatGj() * heatTcePerGj;
        if (steamGjPerT != null) {
            tce += energy.steamT() * steamGjPerT * heatTcePerGj;
        }
        return tce;
    }
}
