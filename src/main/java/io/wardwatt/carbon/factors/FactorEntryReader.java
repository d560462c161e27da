package io.wardwatt.carbon.factors;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.carbon.Energy;
import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.input.LocatedFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the {@code factors} list of a factor set: each value with its category's key, region, year, value, unit,
 * source and confidence; checks that the unit fits what the value is, that no value is given twice, and that
 * each fuel has either all three NDRC parameters or a composite. Problems go to the set reader's fields.
 */
final class FactorEntryReader {

    static final Set<String> CONFIDENCE = Set.of("verified", "partly_verified");
    private static final Set<String> COMMON = Set.of("id", "category", "region", "year", "value", "unit", "source", "confidence", "note");
    private static final Map<FactorCategory, Set<String>> KEYS = Map.of(
            FactorCategory.GRID_ELECTRICITY, Set.of("form"),
            FactorCategory.FUEL_COMBUSTION, Set.of("fuel", "parameter"),
            FactorCategory.HEAT, Set.of(),
            FactorCategory.REFRIGERANT_GWP, Set.of("gas", "aliases", "montrealProtocol"),
            FactorCategory.STANDARD_COAL, Set.of("energy"));

    private final LocatedFields fields;
    private final Map<String, FactorSource> sources;
    private final Set<String> regions;
    private final Map<String, RefrigerantGas> gases = new HashMap<>();
    /** Path of the first value with each category/key/region/year, to name it when one repeats. */
    private final Map<String, String> firstOf = new HashMap<>();
    private final Map<String, String> pathOf = new HashMap<>();

    FactorEntryReader(LocatedFields fields, Map<String, FactorSource> sources, Set<String> regions) {
        this.fields = fields;
        this.sources = sources;
        this.regions = regions;
    }

    List<Factor> read() {
        List<Factor> factors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = fields.list(fields.root(), "", "factors", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "factors[" + i + "]";
            Factor factor = factor(nodes.get(i), path);
            if (factor == null) {
                continue;
            }
            pathOf.putIfAbsent(factor.id(), path);
            if (!ids.add(factor.id())) {
                fields.problem(path + ".id", "factor id " + factor.id() + " is used twice");
            }
            String identity = factor.category() + " " + factor.key() + " " + factor.region() + " " + factor.year();
            String first = firstOf.putIfAbsent(identity, path);
            if (first != null) {
                fields.problem(path, "a second " + factor.category() + " " + factor.key() + " for " + factor.region() + ", year " + factor.year()
                        + " (the first is " + first + ")");
            }
            factors.add(factor);
        }
        checkFuels(factors);
        return factors;
    }

    /** The gases, by normalized name and alias. */
    Map<String, RefrigerantGas> gases() {
        return gases;
    }

    private Factor factor(JsonNode node, String path) {
        if (!node.isObject()) {
            fields.problem(path, "a factor is a mapping {id, category, ..., value, unit, source}");
            return null;
        }
        int before = fields.problems().size();
        String id = fields.text(node, path, "id");
        String categoryText = fields.text(node, path, "category");
        FactorCategory category = categoryText == null ? null : FactorCategory.of(categoryText).orElse(null);
        if (categoryText != null && category == null) {
            fields.problem(path + ".category", "'" + categoryText + "' is not a category: one of "
                    + java.util.Arrays.stream(FactorCategory.values()).map(FactorCategory::code).toList());
        }
        if (category != null) {
            Set<String> known = new HashSet<>(COMMON);
            known.addAll(KEYS.get(category));
            fields.knownKeys(node, path, known);
        }
        String region = fields.text(node, path, "region", Region.NATION);
        if (!regions.contains(region)) {
            fields.problem(path + ".region", "'" + region + "' is neither CN nor a province or regional grid of this set");
        }
        int year = fields.whole(node, path, "year", LocatedFields.REQUIRED, 1990, 2100);
        BigDecimal value = value(node, path);
        String unitText = fields.text(node, path, "unit");
        FactorUnit unit = unitText == null ? null : FactorUnit.of(unitText).orElse(null);
        if (unitText != null && unit == null) {
            fields.problem(path + ".unit", "'" + unitText + "' is not a factor unit: one of "
                    + java.util.Arrays.stream(FactorUnit.values()).map(FactorUnit::symbol).toList());
        }
        FactorSource source = source(node, path, year);
        String confidence = fields.text(node, path, "confidence");
        if (confidence != null && !CONFIDENCE.contains(confidence)) {
            fields.problem(path + ".confidence", "'" + confidence + "' is not verified or partly_verified");
        }
        String note = fields.text(node, path, "note", null);
        String key = category == null ? null : key(category, node, path, unit, value);
        if (fields.problems().size() > before) {
            return null;
        }
        return new Factor(id, category, key, region, year, value, unit, source, confidence, note);
    }

    /** The value as written, exactly; above 0. */
    private BigDecimal value(JsonNode node, String path) {
        JsonNode value = node.get("value");
        if (!LocatedFields.present(value) || !value.isValueNode()) {
            fields.problem(path + ".value", "missing: a number is required");
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.asText().trim());
            if (number.signum() <= 0) {
                fields.problem(path + ".value", "must be above 0, got " + value.asText());
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fields.problem(path + ".value", "not a number: " + LocatedFields.shown(value));
            return null;
        }
    }

    private FactorSource source(JsonNode node, String path, int year) {
        String id = fields.text(node, path, "source");
        if (id == null) {
            return null;
        }
        FactorSource source = sources.get(id);
        if (source == null) {
            fields.problem(path + ".source", "'" + id + "' is not one of the sources " + sources.keySet());
        } else if (source.publishedBy() != null && year != LocatedFields.REQUIRED && year > source.publishedBy().getYear()) {
            fields.problem(path + ".year", "year " + year + " is after its source was published (" + source.published() + ")");
        }
        return source;
    }

    /** The category's key, after checking that the unit measures what the key says. */
    private String key(FactorCategory category, JsonNode node, String path, FactorUnit unit, BigDecimal value) {
        return switch (category) {
            case GRID_ELECTRICITY -> {
                String form = fields.text(node, path, "form");
                if (form != null && GridForm.of(form).isEmpty()) {
                    fields.problem(path + ".form", "'" + form + "' is not a grid form: one of " + java.util.Arrays.stream(GridForm.values()).map(GridForm::code).toList());
                }
                unitFits(path, unit, FactorUnit.Measure.CO2, QuantityUnit.MWH);
                yield form;
            }
            case FUEL_COMBUSTION -> fuelKey(node, path, unit, value);
            case HEAT -> {
                unitFits(path, unit, FactorUnit.Measure.CO2, QuantityUnit.GJ);
                yield "heat";
            }
            case REFRIGERANT_GWP -> gas(node, path, unit);
            case STANDARD_COAL -> {
                Energy energy = energy(node, path, "energy");
                unitFits(path, unit, FactorUnit.Measure.STANDARD_COAL, energy == null ? null : energy.canonicalUnit());
                yield energy == null ? null : energy.code();
            }
        };
    }

    private String fuelKey(JsonNode node, String path, FactorUnit unit, BigDecimal value) {
        Energy fuel = energy(node, path, "fuel");
        if (fuel != null && !fuel.fuel()) {
            fields.problem(path + ".fuel", fuel.code() + " is not a fuel");
            fuel = null;
        }
        String text = fields.text(node, path, "parameter");
        FuelParameter parameter = text == null ? null : FuelParameter.of(text).orElse(null);
        if (text != null && parameter == null) {
            fields.problem(path + ".parameter", "'" + text + "' is not a fuel parameter: one of "
                    + java.util.Arrays.stream(FuelParameter.values()).map(FuelParameter::code).toList());
        }
        if (parameter == null || fuel == null) {
            return null;
        }
        switch (parameter) {
            case NCV -> unitFits(path, unit, FactorUnit.Measure.CALORIFIC_VALUE, fuel.canonicalUnit());
            case CARBON_CONTENT -> unitFits(path, unit, FactorUnit.Measure.CARBON_CONTENT, QuantityUnit.GJ);
            case OXIDATION -> {
                unitFits(path, unit, FactorUnit.Measure.FRACTION, null);
                if (value != null && value.compareTo(BigDecimal.ONE) > 0) {
                    fields.problem(path + ".value", "an oxidation rate is a fraction up to 1, got " + value.toPlainString());
                }
            }
            case COMPOSITE -> unitFits(path, unit, FactorUnit.Measure.CO2, fuel.canonicalUnit());
        }
        return fuel.code() + "/" + parameter.code();
    }

    private String gas(JsonNode node, String path, FactorUnit unit) {
        unitFits(path, unit, FactorUnit.Measure.GWP, null);
        String name = fields.text(node, path, "gas");
        if (name == null) {
            return null;
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode alias : fields.list(node, path, "aliases", false)) {
            aliases.add(alias.asText().trim());
        }
        RefrigerantGas gas = new RefrigerantGas(name, aliases, fields.bool(node, path, "montrealProtocol", false));
        List<String> names = new ArrayList<>(aliases);
        names.add(0, name);
        for (String each : names) {
            RefrigerantGas other = gases.putIfAbsent(RefrigerantGas.normalized(each), gas);
            if (other != null && !other.name().equals(name)) {
                fields.problem(path + ".gas", "'" + each + "' also names " + other.name());
            }
        }
        return name;
    }

    private Energy energy(JsonNode node, String path, String key) {
        String code = fields.text(node, path, key);
        if (code == null) {
            return null;
        }
        Energy energy = Energy.of(code).orElse(null);
        if (energy == null) {
            fields.problem(path + "." + key, "'" + code + "' is not one of " + java.util.Arrays.stream(Energy.values()).map(Energy::code).toList());
        }
        return energy;
    }

    private void unitFits(String path, FactorUnit unit, FactorUnit.Measure measure, QuantityUnit per) {
        if (unit != null && (unit.measure() != measure || (per != null && unit.per() != per))) {
            fields.problem(path + ".unit", unit.symbol() + " does not fit this value: use " + String.join(" or ", FactorUnit.symbols(measure, per)));
        }
    }

    /** Each fuel, region and year: the three NDRC parameters, or a composite, not both. */
    private void checkFuels(List<Factor> factors) {
        Map<String, Map<String, Factor>> byFuel = new TreeMap<>();
        for (Factor factor : factors) {
            if (factor.category() == FactorCategory.FUEL_COMBUSTION) {
                String[] key = factor.key().split("/");
                byFuel.computeIfAbsent(key[0] + " " + factor.region() + " " + factor.year(), k -> new LinkedHashMap<>()).put(key[1], factor);
            }
        }
        byFuel.forEach((fuel, parameters) -> {
            boolean composite = parameters.containsKey(FuelParameter.COMPOSITE.code());
            List<String> formula = List.of(FuelParameter.NCV.code(), FuelParameter.CARBON_CONTENT.code(), FuelParameter.OXIDATION.code());
            List<String> missing = formula.stream().filter(p -> !parameters.containsKey(p)).toList();
            String where = pathOf.get(parameters.values().iterator().next().id());
            if (composite && missing.size() < formula.size()) {
                fields.problem(where, fuel + ": both a composite and NDRC parameters; give one or the other");
            } else if (!composite && !missing.isEmpty()) {
                fields.problem(where, fuel + ": lacks " + missing + " (or give a composite)");
            }
        });
    }
}
