package io.wardwatt.plant;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.LocatedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typed fields of one plant file as its readers take them: each getter reports a missing or malformed value
 * as a problem with file, line and path, and returns NaN, null or an empty list so that reading goes on and every
 * problem of the file is reported at once.
 */
final class PlantFileFields {

    private final LocatedYaml document;
    private final List<InputProblem> problems = new ArrayList<>();

    PlantFileFields(LocatedYaml document) {
        this.document = document;
    }

    JsonNode root() {
        return document.root();
    }

    String source() {
        return document.source();
    }

    List<InputProblem> problems() {
        return problems;
    }

    void problem(String path, String text) {
        problems.add(document.at(path, text));
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    String text(JsonNode parent, String parentPath, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()) {
            problem(path(parentPath, field), "missing: a text is required");
            return null;
        }
        return node.asText().trim();
    }

    double number(JsonNode parent, String parentPath, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problem(path(parentPath, field), "missing: a number is required");
            return Double.NaN;
        }
        return number(node, path(parentPath, field));
    }

    double number(JsonNode node, String path) {
        double value = finite(node);
        if (Double.isNaN(value)) {
            problem(path, "not a number: " + (node.isValueNode() ? node.asText() : "a " + node.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        return value;
    }

    double optionalNumber(JsonNode parent, String parentPath, String field, double fallback) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? fallback : number(node, path(parentPath, field));
    }

    /** A number that must lie in [min, max]; NaN when missing, malformed or outside. */
    double numberIn(JsonNode parent, String parentPath, String field, double min, double max, String rule) {
        double value = number(parent, parentPath, field);
        return checked(value, path(parentPath, field), min, max, rule);
    }

    double optionalNumberIn(JsonNode parent, String parentPath, String field, double fallback, double min, double max, String rule) {
        double value = optionalNumber(parent, parentPath, field, fallback);
        return checked(value, path(parentPath, field), min, max, rule);
    }

    private double checked(double value, String path, double min, double max, String rule) {
        if (!Double.isNaN(value) && (value < min || value > max)) {
            problem(path, "must be " + rule + ", got " + format(value));
            return Double.NaN;
        }
        return value;
    }

    /** A whole number ≥ 0, or -1 after reporting why not. */
    int count(JsonNode parent, String parentPath, String field, Integer fallback) {
        JsonNode node = parent.get(field);
        if ((node == null || node.isNull()) && fallback != null) {
            return fallback;
        }
        double value = number(parent, parentPath, field);
        if (Double.isNaN(value)) {
            return -1;
        }
        if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
            problem(path(parentPath, field), "must be a whole number ≥ 0, got " + node.asText());
            return -1;
        }
        return (int) value;
    }

    /** The elements of a list field; empty (after reporting it) when missing, not a list or, if required, empty. */
    List<JsonNode> list(JsonNode parent, String parentPath, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path(parentPath, field), "missing: a list is required");
            }
            return List.of();
        }
        if (!node.isArray()) {
            problem(path(parentPath, field), "must be a list");
            return List.of();
        }
        if (required && node.isEmpty()) {
            problem(path(parentPath, field), "must not be empty");
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** A mapping field; null (after reporting it) when missing or not a mapping. */
    JsonNode object(JsonNode parent, String parentPath, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path(parentPath, field), "missing: a mapping is required");
            }
            return null;
        }
        if (!node.isObject()) {
            problem(path(parentPath, field), "must be a mapping (key: value lines)");
            return null;
        }
        return node;
    }

    /** The finite number a scalar's text spells, or NaN (the YAML tree keeps scalars as written). */
    private static double finite(JsonNode node) {
        if (!node.isValueNode()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(node.asText().trim());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String format(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
