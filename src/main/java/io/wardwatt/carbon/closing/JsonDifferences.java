package io.wardwatt.carbon.closing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where two JSON texts differ, leaf by leaf, as JSON pointers ({@code /compliance/totalTco2}) with the two values as
 * written: what a verification shows when a stored text and the text computed again are not the same.
 */
final class JsonDifferences {

    static final String ABSENT = "(absent)";

    private JsonDifferences() {
    }

    /** At most {@code limit} differences, in document order. */
    static List<Verification.Difference> between(String what, String stored, String recomputed, int limit) {
        List<Verification.Difference> found = new ArrayList<>();
        JsonNode a = CanonicalJson.read(stored, "the stored " + what);
        JsonNode b = CanonicalJson.read(recomputed, "the recomputed " + what);
        walk(what, "", a, b, found, limit);
        if (found.isEmpty() && !stored.equals(recomputed)) {
            // Same values written differently (spacing, key order): the text is what is hashed, so say so.
            found.add(new Verification.Difference(what, "the text differs in layout only", "", ""));
        }
        return found;
    }

    private static void walk(String what, String path, JsonNode a, JsonNode b, List<Verification.Difference> found, int limit) {
        if (found.size() >= limit) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                walk(what, path + "/" + key.replace("~", "~0").replace("/", "~1"), a.get(key), b.get(key), found, limit);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            int i = 0;
            while (left.hasNext() || right.hasNext()) {
                walk(what, path + "/" + i++, left.hasNext() ? left.next() : null, right.hasNext() ? right.next() : null, found, limit);
            }
        } else if (!text(a).equals(text(b))) {
            found.add(new Verification.Difference(what, path.isEmpty() ? "/" : path, text(a), text(b)));
        }
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return ABSENT;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
