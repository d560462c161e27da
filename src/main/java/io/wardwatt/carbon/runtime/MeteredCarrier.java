package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.activity.CarrierKind;
import io.wardwatt.site.EnergyCarrier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger carrier that can come from counters, the site-model carrier those counters must measure, and how a
 * counter's unit becomes a unit of the carbon core. Diesel and LPG are counted by mass (flow meters give litres),
 * refrigerants and green certificates are not metered: they are entered.
 */
record MeteredCarrier(CarrierKind kind, EnergyCarrier siteCarrier) {

    static final List<CarrierKind> KINDS = List.of(CarrierKind.ELECTRICITY, CarrierKind.PV_GENERATED, CarrierKind.PV_SELF_CONSUMED,
            CarrierKind.PV_EXPORTED, CarrierKind.NATURAL_GAS, CarrierKind.HEAT);

    /** A counter's unit in the carbon core, with the factor that converts to it exactly (Wh to kWh, MJ to GJ). */
    record CoreUnit(QuantityUnit unit, BigDecimal factor) {
    }

    private static final Map<String, CoreUnit> UNITS = Map.of(
            "kWh", new CoreUnit(QuantityUnit.KWH, BigDecimal.ONE),
            "MWh", new CoreUnit(QuantityUnit.MWH, BigDecimal.ONE),
            "Wh", new CoreUnit(QuantityUnit.KWH, new BigDecimal("0.001")),
            "GJ", new CoreUnit(QuantityUnit.GJ, BigDecimal.ONE),
            "MJ", new CoreUnit(QuantityUnit.GJ, new BigDecimal("0.001")),
            // Gas meters with a volume corrector count standard cubic metres; the ledger takes m3 at standard conditions.
            "m3", new CoreUnit(QuantityUnit.M3, BigDecimal.ONE),
            "Nm3", new CoreUnit(QuantityUnit.M3, BigDecimal.ONE));

    static Optional<MeteredCarrier> of(String code) {
        return CarrierKind.of(code).filter(KINDS::contains).map(kind -> new MeteredCarrier(kind, switch (kind) {
            case NATURAL_GAS -> EnergyCarrier.NATURAL_GAS;
            case HEAT -> EnergyCarrier.HEAT;
            default -> EnergyCarrier.ELECTRICITY;
        }));
    }

    static String whyNot(String code) {
        return CarrierKind.of(code).map(kind -> kind + " cannot come from a meter here (" + kind.unitHint() + "); enter it instead. Metered"
                + " carriers: " + String.join(", ", KINDS.stream().map(CarrierKind::code).toList()))
                .orElse("unknown carrier '" + code + "': one of " + String.join(", ", KINDS.stream().map(CarrierKind::code).toList()));
    }

    /** The core unit of a counter's unit, if it fits this carrier. */
    Optional<CoreUnit> coreUnit(String counterUnit) {
        return Optional.ofNullable(UNITS.get(counterUnit)).filter(core -> kind.units().contains(core.unit()));
    }
}
