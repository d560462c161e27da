package io.wardwatt.carbon.activity;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A month's quantity of one carrier, as given: it checks itself, so a bad one never reaches the ledger.
 *
 * @param quantity 0 or more, in {@code unit}
 * @param unit     one the carrier accepts ({@link CarrierKind#units()})
 * @param origin     where it comes from, for messages and the ledger entry: {@code activities.csv line 4}, a meter's
 *                   rollup, a manual entry's id
 * @param correction a correction of a closed month booked in this one: the difference between the corrected quantity
 *                   and what was booked before, so it may be negative (an over-stated delivery corrected down)
 */
public record Activity(Carrier carrier, BigDecimal quantity, QuantityUnit unit, DataSource source, String origin, boolean correction) {

    /** An activity as given, not a correction. */
    public Activity(Carrier carrier, BigDecimal quantity, QuantityUnit unit, DataSource source, String origin) {
        this(carrier, quantity, unit, source, origin, false);
    }

    /**
     * @throws InvalidInputException at {@code origin} with every problem: a negative quantity (other than a correction's),
     *                               a unit the carrier does not take
     */
    public Activity {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        List<InputProblem> problems = new ArrayList<>();
        if (quantity.signum() < 0 && !correction) {
            problems.add(new InputProblem(origin, "quantity " + quantity.toPlainString() + " is negative: give what was bought, used or topped up"
                    + " (PV fed into the grid is pv_exported)"));
        }
        if (!carrier.kind().units().contains(unit)) {
            problems.add(new InputProblem(origin, "unit " + unit + " does not fit " + carrier + ": " + carrier.kind().unitHint()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The quantity in the carrier's canonical unit (MWh, GJ, m3, t, kg). */
    public BigDecimal canonicalQuantity() {
        return unit.convert(quantity, carrier.kind().canonicalUnit());
    }
}
