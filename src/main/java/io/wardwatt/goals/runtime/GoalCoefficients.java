package io.wardwatt.goals.runtime;

import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.factors.FactorCategory;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.runtime.FactorSets;
import io.wardwatt.goals.TceCoefficients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Locale;

/**
 * The standard-coal coefficients of the carbon ledger's current factor set (GB/T 2589: electricity at its equivalent
 * value, natural gas, heat), so goals and ledger count the same tce.
 */
@ApplicationScoped
public class GoalCoefficients {

    @Inject
    FactorSets sets;

    @Inject
    GoalsConfig config;

    public TceCoefficients current() {
        FactorSet set = sets.current();
        Factor electricity = newest(set, "electricity");
        Factor gas = newest(set, "natural_gas");
        Factor heat = newest(set, "heat");
        // canonical values are tce per MWh, per m3 and per GJ
        String source = String.format(Locale.ROOT, "%s (GB/T 2589): %s %s %s, %s %s %s, %s %s %s", set.id(), electricity.id(),
                electricity.value().toPlainString(), electricity.unit(), gas.id(), gas.value().toPlainString(), gas.unit(), heat.id(),
                heat.value().toPlainString(), heat.unit());
        return new TceCoefficients(electricity.canonicalValue().doubleValue() / 1000, gas.canonicalValue().doubleValue(),
                heat.canonicalValue().doubleValue(), config.boughtSteamGjPerT().orElse(null), source);
    }

    private static Factor newest(FactorSet set, String energy) {
        return set.factors(FactorCategory.STANDARD_COAL, energy).stream().max(Comparator.comparingInt(Factor::year))
                .orElseThrow(() -> new IllegalStateException("factor set " + set.id() + " has no standard-coal coefficient for " + energy));
    }
}
