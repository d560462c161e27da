package io.wardwatt.reporting.render;

import io.wardwatt.carbon.ledger.LedgerJson;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a reported figure is rounded: the rules of {@link LedgerJson}, so the annex, the PDF and the JSON show the
 * same digits. Each figure is rounded once, from its unrounded value, half up (四舍五入).
 */
enum Precision {

    /** tCO2, tCO2e, tce: {@value LedgerJson#TONNES_DECIMALS} decimals. */
    TONNES,
    /** Activity quantities (MWh, GJ, m3, t, kg): 6 decimals at most, trailing zeros dropped. */
    QUANTITY,
    /** A share in percent: 1 decimal. */
    PERCENT,
    /** kgCO2 or kgce per m² of floor area: 3 decimals. */
    PER_AREA,
    /** As given or published (a quantity as entered, a factor): never rounded. */
    EXACT;

    BigDecimal round(BigDecimal value) {
        return switch (this) {
            case TONNES -> LedgerJson.tonnes(value);
            case QUANTITY -> {
                BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
                yield rounded.signum() == 0 ? BigDecimal.ZERO : rounded.scale() < 0 ? rounded.setScale(0) : rounded;
            }
            case PERCENT -> value.setScale(1, RoundingMode.HALF_UP);
            case PER_AREA -> value.setScale(3, RoundingMode.HALF_UP);
            case EXACT -> value.scale() < 0 ? value.setScale(0) : value;
        };
    }

    /** The spreadsheet's number format: every reported decimal shown, no more. */
    String excelFormat(BigDecimal rounded) {
        return rounded.scale() <= 0 ? "#,##0" : "#,##0." + "0".repeat(rounded.scale());
    }
}
