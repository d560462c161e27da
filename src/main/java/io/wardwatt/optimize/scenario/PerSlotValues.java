package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.Arrays;

/**
 * A scenario value given per slot of the day, written either as one number (every slot) or as a list of exactly
 * one number per slot (as many as {@code loadsKw} has).
 */
final class PerSlotValues {

    private PerSlotValues() {
    }

    /** The value of every slot; null when a value is wrong (the problems say which). */
    static double[] read(LocatedFields fields, JsonNode parent, String path, String key, int slots, double fallback, double min, double max) {
        JsonNode node = parent.get(key);
        String where = LocatedFields.child(path, key);
        double[] values = new double[slots];
        if (!LocatedFields.present(node)) {
            Arrays.fill(values, fallback);
            return values;
        }
        if (!node.isArray()) {
            double value = fields.number(node, where, min, max);
            if (Double.isNaN(value)) {
                return null;
            }
            Arrays.fill(values, value);
            return values;
        }
        if (node.size() != slots) {
            fields.problem(where, "has " + node.size() + " values but loadsKw has " + slots);
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < slots; i++) {
            values[i] = fields.number(node.get(i), where + "[" + i + "]", min, max);
            ok &= !Double.isNaN(values[i]);
        }
        return ok ? values : null;
    }
}
