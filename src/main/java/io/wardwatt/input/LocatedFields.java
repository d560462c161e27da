package io.wardwatt.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed fields of one {@link LocatedYaml} document as its reader takes them, with the problems found so far.
 * Values are fetched by parent node, parent path and key so that every problem names file, line and field path;
 * a missing optional value gives the fallback, a missing required or malformed one a problem and NaN, null or an
 * empty list, so that reading goes on and every problem of the file is reported at once. A fallback of NaN (or
 * {@link #REQUIRED} for whole numbers) makes a value required.
 */
public final class LocatedFields {

    /** The fallback that makes a whole number required. */
    public static final int REQUIRED = Integer.MIN_VALUE;

    private final LocatedYaml document;
    private final List<InputProblem> problems = new ArrayList<>();

    public LocatedFields(LocatedYaml document) {
        this.document = document;
    }

    public JsonNode root() {
        return document.root();
    }

    public String source() {
        return document.source();
    }

    /** The problems so far; readers add those of nested files to it. */
    public List<InputProblem> problems() {
        return problems;
    }

    public void problem(String path, String text) {
        problems.add(document.at(path, text));
    }

    public static String child(String parentPath, String key) {
        return parentPath.isEmpty() ? key : parentPath + "." + key;
    }

    public static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** Reports keys of a mapping that the format does not know (a misspelt key would otherwise be ignored). */
    public void knownKeys(JsonNode object, String path, Set<String> known) {
        if (!object.isObject()) {
            return;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(child(path, name), "unknown key; expected one of " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A mapping at the key; null when absent (a problem if required) or something else (a problem). */
    public JsonNode object(JsonNode parent, String path, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            if (required) {
                problem(child(path, key), "missing: a mapping is required");
            }
            return null;
        }
        if (!node.isObject()) {
            problem(child(path, key), "must be a mapping (key: value)");
            return null;
        }
        return node;
    }

    /** The elements of a list; empty (after reporting it) when missing and required, not a list or, if required, empty. */
    public List<JsonNode> list(JsonNode parent, String path, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            if (required) {
                problem(child(path, key), "missing: a list is required");
            }
            return List.of();
        }
        if (!node.isArray()) {
            problem(child(path, key), "must be a list");
            return List.of();
        }
        if (required && node.isEmpty()) {
            problem(child(path, key), "must not be empty");
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** A required text, trimmed; null (after reporting it) when missing or wrong. */
    public String text(JsonNode parent, String path, String key) {
        if (!present(parent.get(key))) {
            problem(child(path, key), "missing: a text is required");
            return null;
        }
        return text(parent, path, key, null);
    }

    /** An optional text, trimmed; the fallback when absent or (after reporting it) wrong. */
    public String text(JsonNode parent, String path, String key, String fallback) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            return fallback;
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            problem(child(path, key), "must be a non-empty text");
            return fallback;
        }
        return node.asText().trim();
    }

    /** A required number, any finite value; NaN after reporting why not. */
    public double number(JsonNode parent, String path, String key) {
        return number(parent, path, key, Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** A number in [min, max] ({@code v is below min} otherwise); the fallback when absent, NaN when wrong. */
    public double number(JsonNode parent, String path, String key, double fallback, double min, double max) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            return missingNumber(path, key, fallback);
        }
        return number(node, child(path, key), min, max);
    }

    /**
     * A number in [min, max] whose range the file's format states in words ({@code must be <rule>, got v}
     * otherwise); the fallback when absent, NaN when wrong.
     */
    public double numberIn(JsonNode parent, String path, String key, double fallback, double min, double max, String rule) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            return missingNumber(path, key, fallback);
        }
        double value = number(node, child(path, key));
        if (!Double.isNaN(value) && (value < min || value > max)) {
            problem(child(path, key), "must be " + rule + ", got " + format(value));
            return Double.NaN;
        }
        return value;
    }

    /** A required number above 0 and at most max. */
    public double positive(JsonNode parent, String path, String key, double max) {
        double value = number(parent, path, key, Double.NaN, 0, max);
        if (value == 0) {
            problem(child(path, key), "must be above 0, got " + parent.get(key).asText());
            return Double.NaN;
        }
        return value;
    }

    /** The finite number a scalar spells; NaN after reporting why not. */
    public double number(JsonNode node, String path) {
        return number(node, path, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    public double number(JsonNode node, String path, double min, double max) {
        double value = finite(node);
        if (Double.isNaN(value)) {
            problem(path, "not a number: " + shown(node));
            return Double.NaN;
        }
        if (value < min) {
            problem(path, node.asText() + " is below " + format(min));
            return Double.NaN;
        }
        if (value > max) {
            problem(path, node.asText() + " is above " + format(max));
            return Double.NaN;
        }
        return value;
    }

    private double missingNumber(String path, String key, double fallback) {
        if (Double.isNaN(fallback)) {
            problem(child(path, key), "missing: a number is required");
        }
        return fallback;
    }

    /** A whole number in [min, max]; the fallback when absent, {@link #REQUIRED} when missing and required, or wrong. */
    public int whole(JsonNode parent, String path, String key, int fallback, int min, int max) {
        JsonNode node = parent.get(key);
        String where = child(path, key);
        if (!present(node)) {
            if (fallback == REQUIRED) {
                problem(where, "missing: a whole number is required");
            }
            return fallback;
        }
        double value = finite(node);
        if (Double.isNaN(value) || value != Math.rint(value)) {
            problem(where, "not a whole number: " + shown(node));
            return REQUIRED;
        }
        if (value < min || value > max) {
            problem(where, node.asText().trim() + (max == Integer.MAX_VALUE ? " is below " + min : " is outside " + min + ".." + max));
            return REQUIRED;
        }
        return (int) value;
    }

    public long longNumber(JsonNode parent, String path, String key, long fallback) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            return fallback;
        }
        try {
            return Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            problem(child(path, key), "not a whole number: " + shown(node));
            return fallback;
        }
    }

    public boolean bool(JsonNode parent, String path, String key, boolean fallback) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            return fallback;
        }
        String value = node.asText().trim();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        problem(child(path, key), "must be true or false, got " + shown(node));
        return fallback;
    }

    /** The finite number a scalar's text spells, or NaN (the located tree keeps scalars as written). */
    public static double finite(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(node.asText().trim());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A value as a message quotes it: a scalar in quotes, otherwise what it is. */
    public static String shown(JsonNode node) {
        return node.isValueNode() ? "'" + node.asText() + "'" : node.isArray() ? "a list" : "a mapping";
    }

    /** A number as messages print it: at most 4 significant digits, no exponent, no trailing zeros. */
    public static String format(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
