package io.wardwatt.carbon.ledger;

import io.wardwatt.carbon.Energy;
import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.activity.Activity;
import io.wardwatt.carbon.activity.CarrierKind;
import io.wardwatt.carbon.activity.DataSource;
import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.factors.FactorCategory;
import io.wardwatt.carbon.factors.FactorChoice;
import io.wardwatt.carbon.factors.FactorPolicy;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.GridForm;
import io.wardwatt.carbon.factors.RefrigerantGas;
import io.wardwatt.carbon.factors.Region;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Computes a month's ledger from its activities and a factor set: first every factor the activities need is
 * chosen by {@link FactorPolicy} and every problem collected (a need the set cannot meet, a gas without a GWP,
 * more green electricity than was bought), then each activity becomes an entry and the entries add up to the
 * compliance, GHG Protocol and energy views. Nothing is rounded here.
 */
public final class LedgerCalculation {

    private static final Set<CarrierKind> GRID = EnumSet.of(CarrierKind.ELECTRICITY, CarrierKind.GREEN_ELECTRICITY, CarrierKind.PV_EXPORTED);
    private static final Set<CarrierKind> ELECTRICITY_TCE = EnumSet.of(CarrierKind.ELECTRICITY, CarrierKind.PV_SELF_CONSUMED);

    private final FactorSet set;
    private final MonthFactors factors;
    private final List<InputProblem> problems = new ArrayList<>();
    private FactorChoice grid;
    private FactorChoice residual;

    private LedgerCalculation(FactorSet set, Region region, YearMonth month, LocalDate asOf) {
        this.set = set;
        this.factors = new MonthFactors(set, region, month, asOf);
    }

    /**
     * @param asOf the calculation day: only factors published by then count
     * @throws InvalidInputException with every problem, when the month cannot be computed
     */
    public static MonthlyLedger compute(YearMonth month, Region region, LocalDate asOf, FactorSet set, List<Activity> activities) {
        LedgerCalculation calculation = new LedgerCalculation(set, region, month, asOf);
        calculation.chooseFactors(activities);
        if (!calculation.problems.isEmpty()) {
            throw new InvalidInputException(calculation.problems);
        }
        List<LedgerEntry> entries = activities.stream().map(calculation::entry).toList();
        ComplianceView compliance = compliance(entries);
        GhgProtocolView ghg = calculation.ghg(entries);
        EnergyView energy = new EnergyView(sum(entries, e -> !e.renewable(), LedgerEntry::tce), sum(entries, LedgerEntry::renewable, LedgerEntry::tce));
        Predicate<LedgerEntry> estimated = e -> e.activity().source() == DataSource.ESTIMATED;
        BigDecimal estimatedGhg = sum(entries, estimated.and(LedgerCalculation::inGhgTotal), LedgerEntry::ghgTco2e);
        BigDecimal estimatedTce = sum(entries, estimated, LedgerEntry::tce);
        return new MonthlyLedger(month, region, asOf, set, FactorPolicy.ID, calculation.factors.used(), entries, compliance, ghg, energy,
                share(estimatedGhg, ghg.totalLocationTco2e()), share(estimatedTce, energy.totalTce()));
    }

    private void chooseFactors(List<Activity> activities) {
        Set<CarrierKind> kinds = EnumSet.noneOf(CarrierKind.class);
        activities.forEach(activity -> kinds.add(activity.carrier().kind()));
        if (kinds.stream().anyMatch(GRID::contains)) {
            grid = factors.need(FactorCategory.GRID_ELECTRICITY, GridForm.AVERAGE.code(), "grid electricity: compliance and location-based");
        }
        if (kinds.contains(CarrierKind.ELECTRICITY) || kinds.contains(CarrierKind.GREEN_ELECTRICITY)) {
            residual = factors.optional(FactorCategory.GRID_ELECTRICITY, GridForm.EXCLUDING_MARKET_NON_FOSSIL.code(),
                    "grid electricity: market-based residual").orElse(null);
        }
        if (kinds.stream().anyMatch(ELECTRICITY_TCE::contains)) {
            factors.need(FactorCategory.STANDARD_COAL, Energy.ELECTRICITY.code(), "standard coal: electricity");
        }
        for (CarrierKind kind : kinds) {
            Energy energy = kind.energy();
            if (energy == Energy.HEAT) {
                factors.need(FactorCategory.HEAT, "heat", "purchased heat");
                factors.need(FactorCategory.STANDARD_COAL, energy.code(), "standard coal: heat");
            } else if (energy != null && energy.fuel()) {
                FuelEmission.choose(factors, energy);
                factors.need(FactorCategory.STANDARD_COAL, energy.code(), "standard coal: " + energy.code());
            }
        }
        for (Activity activity : activities) {
            if (activity.carrier().kind() == CarrierKind.REFRIGERANT) {
                set.gas(activity.carrier().gas()).ifPresentOrElse(
                        gas -> factors.need(FactorCategory.REFRIGERANT_GWP, gas.name(), "GWP " + gas.name() + " (" + set.gwpReport() + ")"),
                        () -> problems.add(new InputProblem(activity.origin(), "no GWP for gas '" + activity.carrier().gas() + "' in factor set "
                                + set.id() + "; its gases: " + String.join(", ", set.gasNames()))));
            }
        }
        problems.addAll(factors.problems());
        checkGreenCovered(activities);
    }

    /** The certified part of the purchase cannot exceed the purchase. */
    private void checkGreenCovered(List<Activity> activities) {
        BigDecimal bought = total(activities, CarrierKind.ELECTRICITY);
        BigDecimal green = total(activities, CarrierKind.GREEN_ELECTRICITY);
        if (green.compareTo(bought) > 0) {
            String where = activities.stream().filter(a -> a.carrier().kind() == CarrierKind.GREEN_ELECTRICITY).findFirst().orElseThrow().origin();
            problems.add(new InputProblem(where, "green_electricity totals " + green.stripTrailingZeros().toPlainString() + " MWh, more than the "
                    + bought.stripTrailingZeros().toPlainString() + " MWh of electricity bought: it is the part of the purchase covered by"
                    + " green-power trades or certificates"));
        }
    }

    private LedgerEntry entry(Activity activity) {
        BigDecimal q = activity.canonicalQuantity();
        QuantityUnit unit = activity.carrier().kind().canonicalUnit();
        BigDecimal zero = BigDecimal.ZERO;
        return switch (activity.carrier().kind()) {
            case ELECTRICITY -> {
                BigDecimal co2 = q.multiply(grid.factor().canonicalValue());
                yield new LedgerEntry(activity, q, unit, List.of(grid.factor(), tce(Energy.ELECTRICITY)), grid.factor().canonicalValue(),
                        "MWh x grid average factor", co2, GhgScope.SCOPE_2, co2, tceOf(q, Energy.ELECTRICITY), false);
            }
            case GREEN_ELECTRICITY -> new LedgerEntry(activity, q, unit, List.of(), null,
                    "part of electricity: counted there at the grid factor (compliance, location-based); 0 in the market-based view", zero,
                    GhgScope.SCOPE_2, zero, zero, false);
            case PV_GENERATED -> new LedgerEntry(activity, q, unit, List.of(), null,
                    "memo: generation; pv_self_consumed and pv_exported are what count", zero, GhgScope.MEMO, zero, zero, false);
            case PV_SELF_CONSUMED -> new LedgerEntry(activity, q, unit, List.of(tce(Energy.ELECTRICITY)), null,
                    "on-site renewable used on site: no emission, renewable tce", zero, GhgScope.NONE, zero, tceOf(q, Energy.ELECTRICITY), true);
            case PV_EXPORTED -> new LedgerEntry(activity, q, unit, List.of(grid.factor()), grid.factor().canonicalValue(),
                    "deducted from purchases in the compliance view (net purchased electricity); not netted under the GHG Protocol",
                    q.multiply(grid.factor().canonicalValue()).negate(), GhgScope.MEMO, zero, zero, false);
            case NATURAL_GAS, DIESEL, LPG -> {
                FuelEmission fuel = FuelEmission.of(factors, activity.carrier().kind().energy());
                BigDecimal co2 = fuel.tco2(q);
                List<Factor> used = new ArrayList<>(fuel.factors());
                used.add(tce(activity.carrier().kind().energy()));
                yield new LedgerEntry(activity, q, unit, used, fuel.perUnit(), fuel.method(), co2, GhgScope.SCOPE_1, co2,
                        tceOf(q, activity.carrier().kind().energy()), false);
            }
            case HEAT -> {
                Factor heat = factors.need(FactorCategory.HEAT, "heat", "purchased heat").factor();
                BigDecimal co2 = q.multiply(heat.canonicalValue());
                yield new LedgerEntry(activity, q, unit, List.of(heat, tce(Energy.HEAT)), heat.canonicalValue(), "GJ x heat factor", co2,
                        GhgScope.SCOPE_2, co2, tceOf(q, Energy.HEAT), false);
            }
            case REFRIGERANT -> refrigerant(activity, q, unit);
        };
    }

    private LedgerEntry refrigerant(Activity activity, BigDecimal kg, QuantityUnit unit) {
        RefrigerantGas gas = set.gas(activity.carrier().gas()).orElseThrow();
        Factor gwp = factors.need(FactorCategory.REFRIGERANT_GWP, gas.name(), null).factor();
        BigDecimal co2e = kg.multiply(gwp.canonicalValue());
        String method = "top-up kg x GWP (" + set.gwpReport() + ") / 1000, leakage assumed equal to the top-up"
                + (gas.montrealProtocol() ? "; a Montreal Protocol gas: memo item" : "");
        return new LedgerEntry(activity, kg, unit, List.of(gwp), gwp.canonicalValue(), method, BigDecimal.ZERO,
                gas.montrealProtocol() ? GhgScope.MEMO : GhgScope.SCOPE_1, co2e, BigDecimal.ZERO, false);
    }

    private Factor tce(Energy energy) {
        return factors.need(FactorCategory.STANDARD_COAL, energy.code(), null).factor();
    }

    private BigDecimal tceOf(BigDecimal quantity, Energy energy) {
        return quantity.multiply(tce(energy).canonicalValue());
    }

    private static ComplianceView compliance(List<LedgerEntry> entries) {
        BigDecimal purchased = quantity(entries, CarrierKind.ELECTRICITY);
        BigDecimal exported = quantity(entries, CarrierKind.PV_EXPORTED);
        return new ComplianceView(sum(entries, e -> e.activity().carrier().kind().energy() != null && e.activity().carrier().kind().energy().fuel(),
                LedgerEntry::complianceTco2), purchased, exported, purchased.subtract(exported),
                sum(entries, e -> kindIs(e, CarrierKind.ELECTRICITY) || kindIs(e, CarrierKind.PV_EXPORTED), LedgerEntry::complianceTco2),
                quantity(entries, CarrierKind.HEAT), sum(entries, e -> kindIs(e, CarrierKind.HEAT), LedgerEntry::complianceTco2));
    }

    private GhgProtocolView ghg(List<LedgerEntry> entries) {
        BigDecimal electricity = quantity(entries, CarrierKind.ELECTRICITY);
        BigDecimal green = quantity(entries, CarrierKind.GREEN_ELECTRICITY);
        Factor market = residual != null ? residual.factor() : grid != null ? grid.factor() : null;
        BigDecimal marketTco2e = market == null ? BigDecimal.ZERO : electricity.subtract(green).multiply(market.canonicalValue());
        return new GhgProtocolView(set.gwpReport(),
                sum(entries, e -> e.ghgScope() == GhgScope.SCOPE_1 && !kindIs(e, CarrierKind.REFRIGERANT), LedgerEntry::ghgTco2e),
                sum(entries, e -> e.ghgScope() == GhgScope.SCOPE_1 && kindIs(e, CarrierKind.REFRIGERANT), LedgerEntry::ghgTco2e),
                sum(entries, e -> kindIs(e, CarrierKind.ELECTRICITY), LedgerEntry::ghgTco2e),
                sum(entries, e -> kindIs(e, CarrierKind.HEAT), LedgerEntry::ghgTco2e), electricity, green, market, marketTco2e,
                sum(entries, e -> e.ghgScope() == GhgScope.MEMO && kindIs(e, CarrierKind.REFRIGERANT), LedgerEntry::ghgTco2e),
                quantity(entries, CarrierKind.PV_GENERATED), quantity(entries, CarrierKind.PV_EXPORTED));
    }

    private static boolean inGhgTotal(LedgerEntry entry) {
        return entry.ghgScope() == GhgScope.SCOPE_1 || entry.ghgScope() == GhgScope.SCOPE_2;
    }

    private static boolean kindIs(LedgerEntry entry, CarrierKind kind) {
        return entry.activity().carrier().kind() == kind;
    }

    private static BigDecimal quantity(List<LedgerEntry> entries, CarrierKind kind) {
        return sum(entries, e -> kindIs(e, kind), LedgerEntry::quantity);
    }

    private static BigDecimal total(List<Activity> activities, CarrierKind kind) {
        return activities.stream().filter(a -> a.carrier().kind() == kind).map(Activity::canonicalQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<LedgerEntry> entries, Predicate<LedgerEntry> which, java.util.function.Function<LedgerEntry, BigDecimal> what) {
        return entries.stream().filter(which).map(what).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, QuantityUnit.PRECISION);
    }
}
