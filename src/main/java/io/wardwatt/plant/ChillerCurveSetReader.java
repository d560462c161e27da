package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.finite;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and checks chiller model files ({@code chiller-models/chillers/*.yaml}, format in
 * {@code chiller-models/README.md}). Every problem of a file is reported at once, each naming the field and
 * line; a file with any problem yields no model.
 */
public final class ChillerCurveSetReader {

    /** Curves are normalised at the reference point; further than this from 1 there is a wrong coefficient. */
    static final double REFERENCE_TOLERANCE = 0.25;
    private static final int GRID = 21;

    private final LocatedYaml document;
    private final List<InputProblem> problems = new ArrayList<>();

    private ChillerCurveSetReader(LocatedYaml document) {
        this.document = document;
    }

    /** Reads every {@code *.yaml} of a directory, sorted by file name. */
    public static List<ChillerCurveSet> readDirectory(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new InvalidInputException(directory.toString(), "cannot list chiller models: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(directory.toString(), "holds no chiller model (*.yaml)");
        }
        List<ChillerCurveSet> models = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                models.add(readFile(file));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return models;
    }

    public static ChillerCurveSet readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** @param source the file name used in messages */
    public static ChillerCurveSet read(String yaml, String source) {
        return new ChillerCurveSetReader(LocatedYaml.parse(yaml, source)).model();
    }

    private ChillerCurveSet model() {
        JsonNode root = document.root();
        String name = text(root, "name");
        String sourceObject = text(root.path("source"), "source.object");
        ChillerReference reference = new ChillerReference(positive(root, "reference.capacityKw"), positive(root, "reference.cop"),
                number(root, "reference.leavingChilledWaterC"), number(root, "reference.enteringCondenserWaterC"),
                positive(root, "reference.chilledWaterFlowM3s"), positive(root, "reference.condenserWaterFlowM3s"));
        double minimumPlr = number(root, "partLoad.minimum");
        double maximumPlr = number(root, "partLoad.maximum");
        if (minimumPlr < 0 || minimumPlr >= maximumPlr) {
            problem("partLoad.minimum", "must be at least 0 and below partLoad.maximum (" + maximumPlr + "), got " + minimumPlr);
        }
        if (maximumPlr < 1 || maximumPlr > 1.2) {
            problem("partLoad.maximum", "must be between 1 and 1.2, got " + maximumPlr);
        }
        BiquadraticCurve capft = biquadratic("curves.capft");
        BiquadraticCurve eirft = biquadratic("curves.eirft");
        PartLoadCurve eirfplr = partLoad("curves.eirfplr");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkAtReference("curves.capft", capft, reference);
        checkAtReference("curves.eirft", eirft, reference);
        double atFullLoad = eirfplr.valueAt(1.0);
        if (Math.abs(atFullLoad - 1) > REFERENCE_TOLERANCE) {
            problem("curves.eirfplr", "is " + round(atFullLoad) + " at part load 1; a normalised curve is about 1 there");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ChillerCurveSet(name, sourceObject, reference, minimumPlr, maximumPlr, capft, eirft, eirfplr);
    }

    private void checkAtReference(String path, BiquadraticCurve curve, ChillerReference reference) {
        if (!curve.x().contains(reference.leavingChilledWaterC())) {
            problem(path + ".x", "range " + curve.x().min() + ".." + curve.x().max() + " does not hold reference.leavingChilledWaterC "
                    + reference.leavingChilledWaterC());
        }
        if (!curve.y().contains(reference.enteringCondenserWaterC())) {
            problem(path + ".y", "range " + curve.y().min() + ".." + curve.y().max() + " does not hold reference.enteringCondenserWaterC "
                    + reference.enteringCondenserWaterC());
        }
        double value = curve.valueAt(reference.leavingChilledWaterC(), reference.enteringCondenserWaterC());
        if (Math.abs(value - 1) > REFERENCE_TOLERANCE) {
            problem(path, "is " + round(value) + " at the reference point; a normalised curve is about 1 there");
        }
    }

    private BiquadraticCurve biquadratic(String path) {
        String form = text(document.root(), path + ".form");
        if (form != null && !form.equals("biquadratic")) {
            problem(path + ".form", "must be biquadratic, got " + form);
        }
        List<Double> coefficients = coefficients(path, 6, 6);
        CurveRange x = range(path + ".x");
        CurveRange y = range(path + ".y");
        if (coefficients == null || x == null || y == null) {
            return null;
        }
        BiquadraticCurve curve = new BiquadraticCurve(coefficients, x, y);
        double minimum = curve.minimumOnGrid(GRID);
        if (minimum <= 0) {
            problem(path, "falls to " + round(minimum) + " inside its range; a capacity or EIR curve must stay positive");
        }
        return curve;
    }

    private PartLoadCurve partLoad(String path) {
        String form = text(document.root(), path + ".form");
        int expected = "cubic".equals(form) ? 4 : 3;
        if (form != null && !form.equals("quadratic") && !form.equals("cubic")) {
            problem(path + ".form", "must be quadratic or cubic, got " + form);
        }
        List<Double> coefficients = coefficients(path, expected, expected);
        CurveRange x = range(path + ".x");
        if (coefficients == null || x == null) {
            return null;
        }
        PartLoadCurve curve = new PartLoadCurve(coefficients, x);
        double minimum = curve.minimumOnGrid(GRID);
        if (minimum <= 0) {
            problem(path, "falls to " + round(minimum) + " inside its range; an EIR curve must stay positive");
        }
        return curve;
    }

    private List<Double> coefficients(String path, int min, int max) {
        JsonNode node = at(document.root(), path + ".coefficients");
        if (node == null || !node.isArray()) {
            problem(path + ".coefficients", "missing: a list of " + min + " numbers");
            return null;
        }
        if (node.size() < min || node.size() > max) {
            problem(path + ".coefficients", "must hold " + min + " numbers for this form, got " + node.size());
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            double value = finite(node.get(i));
            if (Double.isNaN(value)) {
                problem(path + ".coefficients[" + i + "]", "not a number: " + node.get(i).asText());
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private CurveRange range(String path) {
        double min = number(document.root(), path + ".min");
        double max = number(document.root(), path + ".max");
        if (Double.isNaN(min) || Double.isNaN(max)) {
            return null;
        }
        if (!(min < max)) {
            problem(path, "min " + min + " must be below max " + max);
            return null;
        }
        return new CurveRange(min, max);
    }

    private double positive(JsonNode root, String path) {
        double value = number(root, path);
        if (!Double.isNaN(value) && value <= 0) {
            problem(path, "must be above 0, got " + value);
        }
        return value;
    }

    private double number(JsonNode root, String path) {
        JsonNode node = at(root, path);
        if (node == null || node.isNull()) {
            problem(path, "missing");
            return Double.NaN;
        }
        double value = finite(node);
        if (Double.isNaN(value)) {
            problem(path, "not a number: " + node.asText());
        }
        return value;
    }

    private String text(JsonNode node, String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        JsonNode value = path.contains(".") && node == document.root() ? at(node, path) : node.get(leaf);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            problem(path, "missing");
            return null;
        }
        return value.asText();
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    private void problem(String path, String text) {
        problems.add(new InputProblem(document.where(path), text));
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
