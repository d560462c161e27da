package io.wardwatt.carbon.closing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a restatement changes, view by view: every reported figure of the compliance, GHG Protocol, energy and
 * estimated-data views that differs (as reported, i.e. rounded, with the change), and every factor role whose factor
 * changed (id or value). No such change means there is nothing to restate, whatever else differs (the calculation
 * day, the set's id, the wording of a reason).
 */
public final class LedgerDifference {

    /** The views compared, in the order the ledger writes them. */
    public static final List<String> VIEWS = List.of("compliance", "ghgProtocol", "energy", "estimatedData");

    private LedgerDifference() {
    }

    /**
     * @param restatedVersion the version being restated, whose ledger text is {@code before}
     * @return the difference as canonical JSON, or empty when no figure and no factor changed
     */
    public static Optional<String> between(int restatedVersion, String before, String after) {
        JsonNode old = CanonicalJson.read(before, "the restated ledger");
        JsonNode now = CanonicalJson.read(after, "the new ledger");
        Map<String, Object> views = new LinkedHashMap<>();
        boolean changed = false;
        for (String view : VIEWS) {
            List<Object> figures = new ArrayList<>();
            figures(old.path(view), now.path(view), "", figures);
            views.put(view, figures);
            changed |= !figures.isEmpty();
        }
        List<Object> factors = factors(old.path("factorsUsed"), now.path("factorsUsed"));
        if (!changed && factors.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("restatesVersion", restatedVersion);
        json.put("factorSet", fromTo(old.at("/factorSet/id").asText(), now.at("/factorSet/id").asText()));
        json.put("asOf", fromTo(old.path("asOf").asText(), now.path("asOf").asText()));
        json.put("views", views);
        json.put("factors", factors);
        return Optional.of(CanonicalJson.write(json));
    }

    /** The numeric leaves of a view that differ, with their path inside the view. */
    private static void figures(JsonNode old, JsonNode now, String path, List<Object> out) {
        Set<String> keys = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode a = old.path(key);
            JsonNode b = now.path(key);
            String where = path.isEmpty() ? key : path + "/" + key;
            if (a.isObject() || b.isObject()) {
                figures(a, b, where, out);
            } else if ((a.isNumber() || b.isNumber()) && !same(a, b)) {
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("figure", where);
                figure.put("from", a.isNumber() ? a.decimalValue() : null);
                figure.put("to", b.isNumber() ? b.decimalValue() : null);
                figure.put("change", a.isNumber() && b.isNumber() ? b.decimalValue().subtract(a.decimalValue()) : null);
                out.add(figure);
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    /** Factor roles whose factor changed, appeared or went. */
    private static List<Object> factors(JsonNode old, JsonNode now) {
        Map<String, JsonNode> before = byRole(old);
        Map<String, JsonNode> after = byRole(now);
        Set<String> roles = new LinkedHashSet<>(before.keySet());
        roles.addAll(after.keySet());
        List<Object> changes = new ArrayList<>();
        for (String role : roles) {
            JsonNode a = before.get(role);
            JsonNode b = after.get(role);
            if (a != null && b != null && a.path("id").equals(b.path("id")) && same(a.path("value"), b.path("value"))) {
                continue;
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("role", role);
            change.put("from", factor(a));
            change.put("to", factor(b));
            changes.add(change);
        }
        return changes;
    }

    private static Map<String, JsonNode> byRole(JsonNode factorsUsed) {
        Map<String, JsonNode> roles = new LinkedHashMap<>();
        factorsUsed.forEach(factor -> roles.put(factor.path("role").asText(), factor));
        return roles;
    }

    private static Map<String, Object> factor(JsonNode factor) {
        if (factor == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", factor.path("id").asText());
        json.put("value", factor.path("value").isNumber() ? factor.path("value").decimalValue() : (BigDecimal) null);
        json.put("unit", factor.path("unit").asText());
        json.put("year", factor.path("year").isNumber() ? factor.path("year").asInt() : null);
        return json;
    }

    private static Map<String, Object> fromTo(Object from, Object to) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from);
        json.put("to", to);
        return json;
    }
}
