package io.wardwatt.plant;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks a cooling-tower approach correlation ({@code chiller-models/towers/*.yaml}, format in
 * {@code chiller-models/README.md}, "Cooling towers"): its form, its coefficients, the range it is documented for and
 * the reference condition it was fitted to. Every problem is reported at once with file, line and path.
 */
public final class TowerModelReader {

    /** At its own reference condition a correlation gives the reference approach; further off, a coefficient is wrong. */
    static final double REFERENCE_TOLERANCE_K = 0.5;

    private static final Set<String> KEYS = Set.of("name", "description", "source", "form", "coefficients", "validRange",
            "referenceCondition");
    private static final Set<String> RANGE_KEYS = Set.of("wetBulbC", "rangeK", "approachK", "waterFlowRatio", "maxLiquidToGasRatio");
    private static final Set<String> REFERENCE_KEYS = Set.of("wetBulbC", "enteringWaterC", "leavingWaterC", "waterFlowM3sPerKw");

    private final LocatedFields fields;

    private TowerModelReader(LocatedYaml document) {
        this.fields = new LocatedFields(document);
    }

    public static TowerApproachCorrelation readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** @param source the file name used in messages */
    public static TowerApproachCorrelation read(String yaml, String source) {
        return new TowerModelReader(LocatedYaml.parse(yaml, source)).model();
    }

    private TowerApproachCorrelation model() {
        JsonNode root = fields.root();
        if (!root.isObject()) {
            throw new InvalidInputException(fields.source(), "a tower model is a mapping with name, source, form, coefficients and validRange");
        }
        fields.knownKeys(root, "", KEYS);
        String name = fields.text(root, "", "name");
        String source = fields.text(root, "", "source");
        TowerApproachCorrelation.Form form = form(fields.text(root, "", "form"));
        List<Double> coefficients = coefficients(root, form);
        TowerCorrelationRange range = range(fields.object(root, "", "validRange", true), form);
        JsonNode reference = fields.object(root, "", "referenceCondition", true);
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        TowerDesignPoint point = checkReference(reference, new TowerApproachCorrelation(name, source, form, coefficients, range, null));
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        return new TowerApproachCorrelation(name, source, form, coefficients, range, point);
    }

    private TowerApproachCorrelation.Form form(String text) {
        if (text == null) {
            return null;
        }
        for (TowerApproachCorrelation.Form form : TowerApproachCorrelation.Form.values()) {
            if (form.fileName().equals(text)) {
                return form;
            }
        }
        fields.problem("form", "must be yorkcalc or cooltools, got " + text);
        return null;
    }

    private List<Double> coefficients(JsonNode root, TowerApproachCorrelation.Form form) {
        List<JsonNode> nodes = fields.list(root, "", "coefficients", true);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            values.add(fields.number(nodes.get(i), "coefficients[" + i + "]"));
        }
        if (form != null && !nodes.isEmpty() && nodes.size() != form.terms()) {
            fields.problem("coefficients", "the " + form.fileName() + " form has " + form.terms() + " coefficients, got " + nodes.size());
        }
        return values;
    }

    private TowerCorrelationRange range(JsonNode node, TowerApproachCorrelation.Form form) {
        if (node == null) {
            return null;
        }
        String path = "validRange";
        fields.knownKeys(node, path, RANGE_KEYS);
        CurveRange wetBulb = interval(node, path, "wetBulbC", -60, 60);
        CurveRange range = interval(node, path, "rangeK", 0, 50);
        CurveRange approach = interval(node, path, "approachK", 0, 60);
        CurveRange waterFlow = interval(node, path, "waterFlowRatio", 0, 10);
        double liquidToGas = form == TowerApproachCorrelation.Form.YORKCALC
                ? fields.positive(node, path, "maxLiquidToGasRatio", 100)
                : fields.number(node, path, "maxLiquidToGasRatio", Double.POSITIVE_INFINITY, 0, 100);
        if (wetBulb == null || range == null || approach == null || waterFlow == null) {
            return null;
        }
        return new TowerCorrelationRange(wetBulb, range, approach, waterFlow, Double.isInfinite(liquidToGas) ? Double.NaN : liquidToGas);
    }

    /** {@code {min, max}} with min below max, both inside [lowest, highest]. */
    private CurveRange interval(JsonNode parent, String path, String key, double lowest, double highest) {
        JsonNode node = fields.object(parent, path, key, true);
        if (node == null) {
            return null;
        }
        String where = LocatedFields.child(path, key);
        double min = fields.number(node, where, "min", Double.NaN, lowest, highest);
        double max = fields.number(node, where, "max", Double.NaN, lowest, highest);
        if (Double.isNaN(min + max)) {
            return null;
        }
        if (!(min < max)) {
            fields.problem(where, "min " + LocatedFields.format(min) + " must be below max " + LocatedFields.format(max));
            return null;
        }
        return new CurveRange(min, max);
    }

    /**
     * The correlation's flow ratios are relative to its reference condition, where both are 1: there the approach
     * must be the reference's own (leaving water minus wet bulb), within {@link #REFERENCE_TOLERANCE_K}.
     */
    private TowerDesignPoint checkReference(JsonNode node, TowerApproachCorrelation correlation) {
        String path = "referenceCondition";
        fields.knownKeys(node, path, REFERENCE_KEYS);
        double wetBulb = fields.number(node, path, "wetBulbC");
        double entering = fields.number(node, path, "enteringWaterC");
        double leaving = fields.number(node, path, "leavingWaterC");
        fields.number(node, path, "waterFlowM3sPerKw", 0, 0, 1);
        if (Double.isNaN(wetBulb + entering + leaving)) {
            return null;
        }
        if (!(entering > leaving && leaving > wetBulb)) {
            fields.problem(path, "water must enter warmer than it leaves and leave warmer than the wet bulb");
            return null;
        }
        double approach = correlation.approachK(wetBulb, entering - leaving, 1, 1);
        if (Math.abs(approach - (leaving - wetBulb)) > REFERENCE_TOLERANCE_K) {
            fields.problem("coefficients", String.format(java.util.Locale.ROOT, "give an approach of %.2f K at the reference condition"
                    + " (%s °C wet bulb, %s → %s °C, flow ratios 1), not its %.2f K: a coefficient is wrong", approach,
                    LocatedFields.format(wetBulb), LocatedFields.format(entering), LocatedFields.format(leaving), leaving - wetBulb));
        }
        return new TowerDesignPoint(wetBulb, entering, leaving);
    }
}
