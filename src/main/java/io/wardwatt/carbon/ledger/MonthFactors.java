package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.factors.FactorCategory;
import io.wardwatt.carbon.factors.FactorChoice;
import io.wardwatt.carbon.factors.FactorPolicy;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.Region;
import io.wardwatt.input.InputProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The factors one ledger month needs, chosen by {@link FactorPolicy} once each and recorded with their role; a
 * need the set cannot meet is a problem naming the month, the region and the factor.
 */
final class MonthFactors {

    private final FactorSet set;
    private final Region region;
    private final YearMonth month;
    private final LocalDate asOf;
    private final Map<String, UsedFactor> used = new LinkedHashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();

    MonthFactors(FactorSet set, Region region, YearMonth month, LocalDate asOf) {
        this.set = set;
        this.region = region;
        this.month = month;
        this.asOf = asOf;
    }

    /** The factor, or null after recording the problem. */
    FactorChoice need(FactorCategory category, String key, String role) {
        return optional(category, key, role).orElseGet(() -> {
            problems.add(new InputProblem(month + " " + region.code(), FactorPolicy.unavailable(set, region, month, asOf, category, key)));
            return null;
        });
    }

    /** The factor if the set has a usable one; its absence is no problem (the caller has a fallback). */
    Optional<FactorChoice> optional(FactorCategory category, String key, String role) {
        String need = category + " " + key;
        UsedFactor known = used.get(need);
        if (known != null) {
            return Optional.of(known.choice());
        }
        Optional<FactorChoice> choice = FactorPolicy.choose(set, region, month, asOf, category, key);
        choice.ifPresent(chosen -> used.put(need, new UsedFactor(role, chosen)));
        return choice;
    }

    List<UsedFactor> used() {
        return List.copyOf(used.values());
    }

    List<InputProblem> problems() {
        return problems;
    }
}
