package io.wardwatt.optimize.tariff;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a seasonal tariff file (format in {@code chiller-models/README.md}, "Tariff files"): name, source,
 * currency CNY, seasons of months each with day periods, an optional demand charge. Every problem is reported at
 * once with file, line and path (a month in no season or in two, a season whose periods overlap or leave part of
 * the day uncovered); a file with any problem yields no tariff.
 */
public final class SeasonalTariffReader {

    private static final Set<String> KEYS = Set.of("name", "description", "source", "currency", "seasons", "demandCharge");
    private static final Set<String> SEASON_KEYS = Set.of("name", "months", "periods");
    private static final Set<String> DEMAND_KEYS = Set.of("cnyPerKwMonth");

    private final LocatedFields fields;

    private SeasonalTariffReader(LocatedYaml document) {
        this.fields = new LocatedFields(document);
    }

    public static SeasonalTariff readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        return read(text, file.toString());
    }

    /** @param source the file name used in messages */
    public static SeasonalTariff read(String yaml, String source) {
        return new SeasonalTariffReader(LocatedYaml.parse(yaml, source)).tariff();
    }

    private SeasonalTariff tariff() {
        JsonNode root = fields.root();
        if (!root.isObject()) {
            throw new InvalidInputException(fields.source(), "a tariff file is a mapping with name, source, currency and seasons");
        }
        fields.knownKeys(root, "", KEYS);
        String name = fields.text(root, "", "name");
        String source = fields.text(root, "", "source");
        String currency = fields.text(root, "", "currency");
        if (currency != null && !currency.equals("CNY")) {
            fields.problem("currency", "must be CNY (plans are costed in CNY), got " + currency);
        }
        List<SeasonalTariff.Season> seasons = seasons(root);
        double demandCharge = demandCharge(root);
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        return new SeasonalTariff(name, source, seasons, demandCharge);
    }

    private List<SeasonalTariff.Season> seasons(JsonNode root) {
        List<SeasonalTariff.Season> seasons = new ArrayList<>();
        List<JsonNode> entries = fields.list(root, "", "seasons", true);
        String[] seasonOfMonth = new String[13];
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "seasons[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(path, "must be a mapping {name, months, periods}");
                continue;
            }
            fields.knownKeys(entry, path, SEASON_KEYS);
            String name = fields.text(entry, path, "name");
            if (name != null && !names.add(name)) {
                fields.problem(path + ".name", "season " + name + " is named twice");
            }
            String label = path + " (" + name + ")";
            List<Integer> months = new ArrayList<>();
            List<JsonNode> monthNodes = fields.list(entry, path, "months", true);
            for (int k = 0; k < monthNodes.size(); k++) {
                String where = path + ".months[" + k + "]";
                double value = fields.number(monthNodes.get(k), where, 1, 12);
                if (Double.isNaN(value)) {
                    continue;
                }
                if (value != Math.rint(value)) {
                    fields.problem(where, "not a whole month 1..12: " + monthNodes.get(k).asText());
                    continue;
                }
                int month = (int) value;
                if (seasonOfMonth[month] != null) {
                    fields.problem(where, "month " + month + " is already in " + seasonOfMonth[month] + "; every month belongs to exactly one season");
                    continue;
                }
                seasonOfMonth[month] = label;
                months.add(month);
            }
            DayPeriods periods = DayPeriods.read(fields, entry.get("periods"), path + ".periods");
            if (name != null && periods != null && !months.isEmpty()) {
                seasons.add(new SeasonalTariff.Season(name, months, periods));
            }
        }
        Set<Integer> missing = new TreeSet<>();
        for (int month = 1; month <= 12; month++) {
            if (seasonOfMonth[month] == null) {
                missing.add(month);
            }
        }
        if (!missing.isEmpty() && !entries.isEmpty()) {
            fields.problem("seasons", (missing.size() == 1 ? "month " : "months ") + String.join(", ", missing.stream().map(String::valueOf).toList())
                    + (missing.size() == 1 ? " is" : " are") + " in no season; every month belongs to exactly one season");
        }
        return seasons;
    }

    private double demandCharge(JsonNode root) {
        JsonNode node = fields.object(root, "", "demandCharge", false);
        if (node == null) {
            return 0;
        }
        fields.knownKeys(node, "demandCharge", DEMAND_KEYS);
        return fields.number(node, "demandCharge", "cnyPerKwMonth", Double.NaN, 0, 1000);
    }
}
