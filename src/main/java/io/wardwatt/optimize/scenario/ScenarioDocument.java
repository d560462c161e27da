package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.LocatedYaml;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scenario file as read so far: the located tree and the problems found in it. Values are fetched by parent
 * node and key so that every problem names the field's path and line; a missing optional value gives the
 * fallback, a wrong one a problem (and NaN or the fallback, so that reading goes on and finds the rest).
 */
final class ScenarioDocument {

    private final LocatedYaml yaml;
    private final List<InputProblem> problems = new ArrayList<>();

    ScenarioDocument(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    JsonNode root() {
        return yaml.root();
    }

    String source() {
        return yaml.source();
    }

    List<InputProblem> problems() {
        return problems;
    }

    void problem(String path, String text) {
        problems.add(yaml.at(path, text));
    }

    static String child(String parentPath, String key) {
        return parentPath.isEmpty() ? key : parentPath + "." + key;
    }

    static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** Reports keys of an object that the format does not know (a misspelt key would otherwise be ignored). */
    void knownKeys(JsonNode object, String path, Set<String> known) {
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

    /** An object at the key, or null when absent; a problem when it is something else. */
    JsonNode object(JsonNode parent, String path, String key) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            return null;
        }
        if (!node.isObject()) {
            problem(child(path, key), "must be an object");
            return null;
        }
        return node;
    }

    String text(JsonNode parent, String path, String key, String fallback) {
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

    /** A number in [min, max]; NaN (with a problem) when missing and required, or wrong. */
    double number(JsonNode parent, String path, String key, double fallback, double min, double max) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            if (Double.isNaN(fallback)) {
                problem(child(path, key), "missing");
            }
            return fallback;
        }
        return number(node, child(path, key), min, max);
    }

    /** A required number above 0 and at most max. */
    double positive(JsonNode parent, String path, String key, double max) {
        double value = number(parent, path, key, Double.NaN, 0, max);
        if (value == 0) {
            problem(child(path, key), "must be above 0, got " + parent.get(key).asText());
            return Double.NaN;
        }
        return value;
    }

    double number(JsonNode node, String path, double min, double max) {
        double value = finite(node);
        if (Double.isNaN(value)) {
            problem(path, "not a number: " + shown(node));
            return Double.NaN;
        }
        if (value < min) {
            problem(path, node.asText() + " is below " + plain(min));
            return Double.NaN;
        }
        if (value > max) {
            problem(path, node.asText() + " is above " + plain(max));
            return Double.NaN;
        }
        return value;
    }

    /** A whole number in [min, max]; {@code fallback} when missing, {@code Integer.MIN_VALUE} when wrong. */
    int whole(JsonNode parent, String path, String key, int fallback, int min, int max) {
        JsonNode node = parent.get(key);
        if (!present(node)) {
            if (fallback == Integer.MIN_VALUE) {
                problem(child(path, key), "missing");
            }
            return fallback;
        }
        String where = child(path, key);
        long value;
        try {
            value = Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            problem(where, "not a whole number: " + shown(node));
            return Integer.MIN_VALUE;
        }
        if (value < min || value > max) {
            problem(where, value + " is outside " + min + ".." + max);
            return Integer.MIN_VALUE;
        }
        return (int) value;
    }

    long longNumber(JsonNode parent, String path, String key, long fallback) {
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

    boolean bool(JsonNode parent, String path, String key, boolean fallback) {
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

    /**
     * One value per slot, written either as one number (every slot) or as an array of exactly {@code slots}
     * numbers; null when a value is wrong (the problems say which).
     */
    double[] perSlot(JsonNode parent, String path, String key, int slots, double fallback, double min, double max) {
        JsonNode node = parent.get(key);
        String where = child(path, key);
        double[] values = new double[slots];
        if (!present(node)) {
            java.util.Arrays.fill(values, fallback);
            return values;
        }
        if (!node.isArray()) {
            double value = number(node, where, min, max);
            if (Double.isNaN(value)) {
                return null;
            }
            java.util.Arrays.fill(values, value);
            return values;
        }
        if (node.size() != slots) {
            problem(where, "has " + node.size() + " values but loadsKw has " + slots);
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < slots; i++) {
            values[i] = number(node.get(i), where + "[" + i + "]", min, max);
            ok &= !Double.isNaN(values[i]);
        }
        return ok ? values : null;
    }

    /** The finite number a scalar's text spells, or NaN (the located tree keeps scalars as written). */
    static double finite(JsonNode node) {
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

    static String shown(JsonNode node) {
        return node.isValueNode() ? "'" + node.asText() + "'" : node.isArray() ? "an array" : "an object";
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
