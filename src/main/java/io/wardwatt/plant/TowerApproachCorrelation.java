package io.wardwatt.plant;

import java.util.List;

/**
 * An empirical cooling-tower approach correlation of EnergyPlus's {@code CoolingTower:VariableSpeed}: the approach
 * (water leaving the tower minus the entering air's wet bulb), K, as a polynomial of the wet bulb, the range and
 * the air and water flow ratios. Read from {@code chiller-models/towers/*.yaml} by {@link TowerModelReader}.
 *
 * <ul>
 * <li>{@link Form#YORKCALC}, 27 terms: {@code Σ c(i,j,k)·Twb^i·Tr^j·LG^k} for i, j, k in 0..2 with the wet-bulb power
 * running fastest, then the range's, then the liquid-to-gas ratio's ({@code LG = FRwater / FRair}); this is the
 * order of the Engineering Reference's equation (Coeff(1)·1, Coeff(2)·Twb, Coeff(3)·Twb², Coeff(4)·Tr, …).</li>
 * <li>{@link Form#COOLTOOLS}, 35 terms in FRair, FRwater, Twb and Tr, in the order the Engineering Reference writes
 * them (see {@link #approachK}).</li>
 * </ul>
 *
 * <p>A class, not a record: the planner evaluates it millions of times, so the coefficients are kept unboxed.
 */
public final class TowerApproachCorrelation {

    /** The two published polynomial forms. */
    public enum Form {
        YORKCALC("yorkcalc", 27), COOLTOOLS("cooltools", 35);

        private final String fileName;
        private final int terms;

        Form(String fileName, int terms) {
            this.fileName = fileName;
            this.terms = terms;
        }

        public String fileName() {
            return fileName;
        }

        public int terms() {
            return terms;
        }
    }

    private final String name;
    private final String source;
    private final Form form;
    private final double[] c;
    private final TowerCorrelationRange range;
    private final TowerDesignPoint reference;

    /**
     * @param source where the coefficients and ranges come from, as the model file cites it
     * @param reference the condition at which the correlation's flow ratios are 1 (null when not known)
     */
    public TowerApproachCorrelation(String name, String source, Form form, List<Double> coefficients, TowerCorrelationRange range,
            TowerDesignPoint reference) {
        if (coefficients.size() != form.terms()) {
            throw new IllegalArgumentException(form.fileName() + " has " + form.terms() + " coefficients, got " + coefficients.size());
        }
        this.name = name;
        this.source = source;
        this.form = form;
        this.c = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        this.range = range;
        this.reference = reference;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public Form form() {
        return form;
    }

    public List<Double> coefficients() {
        return java.util.Arrays.stream(c).boxed().toList();
    }

    public TowerCorrelationRange range() {
        return range;
    }

    /** The condition the correlation was fitted around: both flow ratios are 1 there (null when the file gives none). */
    public TowerDesignPoint reference() {
        return reference;
    }

    /**
     * The correlation as written, K, at any inputs (no range applied).
     *
     * @param wetBulbC entering air wet bulb, °C
     * @param rangeK water entering minus water leaving, K
     * @param waterFlowRatio water flow over the correlation's reference water flow
     * @param airFlowRatio air flow over the design (full-speed) air flow
     */
    public double approachK(double wetBulbC, double rangeK, double waterFlowRatio, double airFlowRatio) {
        return form == Form.YORKCALC ? yorkCalc(wetBulbC, rangeK, waterFlowRatio / airFlowRatio)
                : coolTools(wetBulbC, rangeK, waterFlowRatio, airFlowRatio);
    }

    /** The approach with the wet bulb and the water-flow ratio held inside their documented range (EnergyPlus practice), K. */
    public double boundedApproachK(double wetBulbC, double rangeK, double waterFlowRatio, double airFlowRatio) {
        return approachK(range.wetBulbC().clamp(wetBulbC), rangeK, range.waterFlowRatio().clamp(waterFlowRatio), airFlowRatio);
    }

    private double yorkCalc(double twb, double tr, double lg) {
        double[] wetBulb = {1, twb, twb * twb};
        double[] range = {1, tr, tr * tr};
        double[] ratio = {1, lg, lg * lg};
        double sum = 0;
        int k = 0;
        for (double l : ratio) {
            for (double r : range) {
                for (double w : wetBulb) {
                    sum += c[k++] * w * r * l;
                }
            }
        }
        return sum;
    }

    private double coolTools(double twb, double tr, double fw, double fa) {
        return c[0] + c[1] * fa + c[2] * fa * fa + c[3] * fa * fa * fa + c[4] * fw
                + c[5] * fa * fw + c[6] * fa * fa * fw + c[7] * fw * fw + c[8] * fa * fw * fw + c[9] * fw * fw * fw
                + c[10] * twb + c[11] * fa * twb + c[12] * fa * fa * twb + c[13] * fw * twb + c[14] * fa * fw * twb
                + c[15] * fw * fw * twb + c[16] * twb * twb + c[17] * fa * twb * twb + c[18] * fw * twb * twb
                + c[19] * twb * twb * twb + c[20] * tr + c[21] * fa * tr + c[22] * fa * fa * tr + c[23] * fw * tr
                + c[24] * fa * fw * tr + c[25] * fw * fw * tr + c[26] * twb * tr + c[27] * fa * twb * tr
                + c[28] * fw * twb * tr + c[29] * twb * twb * tr + c[30] * tr * tr + c[31] * fa * tr * tr
                + c[32] * fw * tr * tr + c[33] * twb * tr * tr + c[34] * tr * tr * tr;
    }
}
