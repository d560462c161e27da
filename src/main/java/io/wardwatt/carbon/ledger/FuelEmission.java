package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.Energy;
import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.factors.FactorCategory;
import io.wardwatt.carbon.factors.FactorChoice;
import io.wardwatt.carbon.factors.FuelParameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A fuel's CO2 per canonical unit (m3 of natural gas, t of diesel or LPG), as the NDRC formula has it:
 * NCV × carbon content × oxidation × 44/12, or a composite where the set publishes one (used first). The
 * quantity is multiplied in before the one division by 12, so a terminating result is exact.
 */
record FuelEmission(List<Factor> factors, BigDecimal perUnit, String method) {

    /** Molar mass of CO2 over that of carbon, 44/12, kept as the two integers. */
    private static final BigDecimal CO2 = BigDecimal.valueOf(44);
    private static final BigDecimal C = BigDecimal.valueOf(12);

    /** Chooses the fuel's factors for the month (recording a problem when the set lacks any). */
    static void choose(MonthFactors month, Energy fuel) {
        if (composite(month, fuel).isEmpty()) {
            for (FuelParameter parameter : List.of(FuelParameter.NCV, FuelParameter.CARBON_CONTENT, FuelParameter.OXIDATION)) {
                month.need(FactorCategory.FUEL_COMBUSTION, key(fuel, parameter), fuel.code() + " " + parameter.code().replace('_', ' '));
            }
        }
    }

    /** The fuel's emission, after {@link #choose} found its factors. */
    static FuelEmission of(MonthFactors month, Energy fuel) {
        Optional<FactorChoice> composite = composite(month, fuel);
        if (composite.isPresent()) {
            Factor factor = composite.get().factor();
            return new FuelEmission(List.of(factor), factor.canonicalValue(), "quantity x published composite factor");
        }
        Factor ncv = month.need(FactorCategory.FUEL_COMBUSTION, key(fuel, FuelParameter.NCV), null).factor();
        Factor carbon = month.need(FactorCategory.FUEL_COMBUSTION, key(fuel, FuelParameter.CARBON_CONTENT), null).factor();
        Factor oxidation = month.need(FactorCategory.FUEL_COMBUSTION, key(fuel, FuelParameter.OXIDATION), null).factor();
        BigDecimal product = ncv.canonicalValue().multiply(carbon.canonicalValue()).multiply(oxidation.canonicalValue());
        return new FuelEmission(List.of(ncv, carbon, oxidation), product.multiply(CO2).divide(C, QuantityUnit.PRECISION),
                "quantity x NCV x carbon content x oxidation x 44/12 (NDRC)");
    }

    /** tCO2 of a quantity in the fuel's canonical unit. */
    BigDecimal tco2(BigDecimal quantity) {
        if (factors.size() == 1) {
            return quantity.multiply(perUnit);
        }
        BigDecimal product = quantity;
        for (Factor factor : factors) {
            product = product.multiply(factor.canonicalValue());
        }
        return product.multiply(CO2).divide(C, QuantityUnit.PRECISION);
    }

    private static Optional<FactorChoice> composite(MonthFactors month, Energy fuel) {
        return month.optional(FactorCategory.FUEL_COMBUSTION, key(fuel, FuelParameter.COMPOSITE), fuel.code() + " composite");
    }

    private static String key(Energy fuel, FuelParameter parameter) {
        return fuel.code() + "/" + parameter.code();
    }
}
