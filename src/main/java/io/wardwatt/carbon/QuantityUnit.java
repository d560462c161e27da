package io.wardwatt.carbon;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Optional;

/**
 * The units activity data comes in: energy (kWh, MWh, GJ), volume (m3, standard cubic metres for gas) and mass
 * (t, kg). Conversions stay within a dimension; 1 MWh = 3.6 GJ.
 */
public enum QuantityUnit {

    KWH("kWh", Dimension.ENERGY, "3.6"),
    MWH("MWh", Dimension.ENERGY, "3600"),
    GJ("GJ", Dimension.ENERGY, "1000"),
    M3("m3", Dimension.VOLUME, "1"),
    T("t", Dimension.MASS, "1000"),
    KG("kg", Dimension.MASS, "1");

    /** What a unit measures. */
    public enum Dimension { ENERGY, VOLUME, MASS }

    /** The precision of every division in the carbon core (34 significant digits): far below any reported digit. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String symbol;
    private final Dimension dimension;
    /** The unit in the dimension's base unit (MJ, m3, kg). */
    private final BigDecimal base;

    QuantityUnit(String symbol, Dimension dimension, String base) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.base = new BigDecimal(base);
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The unit its symbol names, ignoring case ({@code kwh} is kWh). */
    public static Optional<QuantityUnit> of(String symbol) {
        return Arrays.stream(values()).filter(unit -> unit.symbol.equalsIgnoreCase(symbol.trim())).findFirst();
    }

    /** A quantity in this unit expressed in another unit of the same dimension (exact unless it divides by 3.6, then to {@link #PRECISION}). */
    public BigDecimal convert(BigDecimal quantity, QuantityUnit target) {
        if (target.dimension != dimension) {
            throw new IllegalArgumentException("cannot convert " + symbol + " (" + dimension + ") to " + target.symbol + " (" + target.dimension + ")");
        }
        if (target == this) {
            return quantity;
        }
        return quantity.multiply(base).divide(target.base, PRECISION);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
