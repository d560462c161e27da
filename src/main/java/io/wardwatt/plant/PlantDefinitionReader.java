package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a plant definition ({@code chiller-models/plants/*.yaml}, format in
 * {@code chiller-models/README.md}): chillers (model files relative to the plant file) with their paired primary
 * and condenser pumps, pump types, pumps, secondary zones, operating rules, conventional sequencing, the critical
 * zones' hard limits and, optionally, the cooling towers, the chillers' condenser limits and the dehumidification
 * limit on the supply set-point. Every
 * problem is reported at once, each with file, line and path; a file with any problem yields no plant.
 */
public final class PlantDefinitionReader {

    private static final ConventionalSequencing DEFAULT_CONVENTIONAL = new ConventionalSequencing(0.90, 0.75, 7.0, 0.90);

    private final LocatedFields fields;
    private final Path directory;
    /** Pumps the file declares, usable or not: a pump left out for a problem already reported is not "unknown" again. */
    private final Set<String> declaredPumps = new HashSet<>();

    private PlantDefinitionReader(LocatedYaml document, Path directory) {
        this.fields = new LocatedFields(document);
        this.directory = directory;
    }

    public static PlantDefinition readFile(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), directory);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param source the file name used in messages
     * @param directory where the chiller model paths start
     */
    public static PlantDefinition read(String yaml, String source, Path directory) {
        return new PlantDefinitionReader(LocatedYaml.parse(yaml, source), directory).plant();
    }

    private PlantDefinition plant() {
        JsonNode root = fields.root();
        if (!root.isObject()) {
            throw new InvalidInputException(fields.source(), "a plant definition is a mapping with name, chillers, pumpTypes, pumps,"
                    + " zones and rules");
        }
        String name = fields.text(root, "", "name");
        PumpTypeReader typeReader = new PumpTypeReader(fields);
        Map<String, VariableSpeedPump> types = typeReader.read();
        Map<String, PumpUnit> pumps = pumps(types, typeReader.declaredIds());
        Map<String, String> pairedWith = new HashMap<>();
        List<PlantChiller> chillers = chillers(pumps, pairedWith);
        OperatingRules rules = rules(chillers);
        PlantZoneReader zoneReader = new PlantZoneReader(fields, declaredPumps);
        List<PlantZone> zones = zoneReader.read(pumps, rules);
        unusedPumps(pumps, pairedWith, zoneReader.listedPumpIds());
        ConventionalSequencing conventional = conventional(rules);
        Set<String> zoneIds = new java.util.LinkedHashSet<>();
        fields.list(root, "", "zones", false).forEach(z -> zoneIds.add(z.path("id").asText()));
        List<CriticalZone> critical = new CriticalZoneReader(fields).read(zoneIds, fields.list(root, "", "chillers", false).size(), rules,
                conventional);
        TowerSectionReader towerReader = new TowerSectionReader(fields, directory);
        Set<String> chillerIds = new java.util.LinkedHashSet<>();
        fields.list(root, "", "chillers", false).forEach(c -> chillerIds.add(c.path("id").asText()));
        Map<String, Double> minEntering = towerReader.minEnteringC(chillers, chillerIds);
        CoolingTowerCells towers = towerReader.towers(chillers);
        checkConventionalCondenser(conventional, minEntering);
        Dehumidification dehumidification = new DehumidificationReader(fields).read(rules);
        PhotovoltaicDefinition photovoltaic = new PhotovoltaicReader(fields).read(root);
        BatteryDefinition battery = new BatteryReader(fields).read(root);
        EmergencyReserve reserve = new EmergencyReserveReader(fields).read(root, battery);
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        return new PlantDefinition(name, fields.source(), chillers, List.copyOf(pumps.values()), zones, rules, conventional, critical,
                towers, minEntering, dehumidification, photovoltaic, battery, reserve);
    }

    /** The baseline's towers hold one condenser set-point: every chiller must accept it. */
    private void checkConventionalCondenser(ConventionalSequencing conventional, Map<String, Double> minEntering) {
        for (Map.Entry<String, Double> limit : minEntering.entrySet()) {
            if (conventional.condenserSetpointC() < limit.getValue() - 1e-9) {
                fields.problem("conventional.condenserSetpointC", format(conventional.condenserSetpointC()) + " °C is below chiller "
                        + limit.getKey() + "'s minimum condenser-entering " + format(limit.getValue()) + " °C");
            }
        }
    }

    private Map<String, PumpUnit> pumps(Map<String, VariableSpeedPump> types, Set<String> declaredTypes) {
        Map<String, PumpUnit> pumps = new LinkedHashMap<>();
        List<JsonNode> entries = fields.list(fields.root(), "", "pumps", true);
        for (int i = 0; i < entries.size(); i++) {
            String path = "pumps[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(path, "must be a mapping with id, type and role");
                continue;
            }
            String id = fields.text(entry, path, "id");
            String type = fields.text(entry, path, "type");
            String roleText = fields.text(entry, path, "role");
            if (id != null && !declaredPumps.add(id)) {
                fields.problem(path + ".id", "duplicate pump id " + id);
                continue;
            }
            PumpRole role = null;
            for (PumpRole candidate : PumpRole.values()) {
                if (candidate.fileName().equals(roleText)) {
                    role = candidate;
                }
            }
            if (roleText != null && role == null) {
                fields.problem(path + ".role", "must be primary, condenser or secondary, got " + roleText);
            }
            if (type != null && !declaredTypes.contains(type)) {
                fields.problem(path + ".type", "unknown pump type " + type + " (pumpTypes has " + String.join(", ", types.keySet()) + ")");
            }
            if (id != null && role != null && types.containsKey(type)) {
                pumps.put(id, new PumpUnit(id, type, role, types.get(type)));
            }
        }
        return pumps;
    }

    private List<PlantChiller> chillers(Map<String, PumpUnit> pumps, Map<String, String> pairedWith) {
        List<PlantChiller> chillers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<JsonNode> entries = fields.list(fields.root(), "", "chillers", true);
        for (int i = 0; i < entries.size(); i++) {
            String path = "chillers[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(path, "must be a mapping with id, model, primaryPump and condenserPump");
                continue;
            }
            String id = fields.text(entry, path, "id");
            if (id != null && ids.contains(id)) {
                fields.problem(path + ".id", "duplicate chiller id " + id);
                id = null;
            }
            ids.add(id);
            String modelFile = fields.text(entry, path, "model");
            ChillerCurveSet model = model(modelFile, path + ".model");
            PumpUnit primary = paired(entry, path, "primaryPump", PumpRole.PRIMARY, id, pumps, pairedWith);
            PumpUnit condenser = paired(entry, path, "condenserPump", PumpRole.CONDENSER, id, pumps, pairedWith);
            if (model != null && primary != null) {
                checkDesignFlow(primary, model.reference().chilledWaterFlowM3s(), "evaporator", id, path + ".primaryPump");
            }
            if (model != null && condenser != null) {
                checkDesignFlow(condenser, model.reference().condenserWaterFlowM3s(), "condenser", id, path + ".condenserPump");
            }
            if (id != null && model != null && primary != null && condenser != null) {
                chillers.add(new PlantChiller(id, modelFile, model, primary, condenser));
            }
        }
        return chillers;
    }

    private ChillerCurveSet model(String modelFile, String path) {
        if (modelFile == null) {
            return null;
        }
        Path file = directory.resolve(modelFile).normalize();
        if (!Files.isRegularFile(file)) {
            fields.problem(path, "no chiller model file " + modelFile + " (looked for " + file + ")");
            return null;
        }
        try {
            return ChillerCurveSetReader.readFile(file);
        } catch (InvalidInputException e) {
            fields.problem(path, modelFile + " is not a valid chiller model: " + e.problems().size() + " problem(s), listed with it");
            fields.problems().addAll(e.problems());
            return null;
        }
    }

    private PumpUnit paired(JsonNode entry, String path, String field, PumpRole role, String chiller, Map<String, PumpUnit> pumps,
            Map<String, String> pairedWith) {
        JsonNode node = entry.get(field);
        String fieldPath = path + "." + field;
        if (node == null || node.isNull() || node.asText().isBlank()) {
            fields.problem(fieldPath, "missing: chiller " + chiller + " needs its " + role.fileName() + " pump (it runs only with it)");
            return null;
        }
        String pumpId = node.asText().trim();
        PumpUnit pump = pumps.get(pumpId);
        if (pump == null) {
            if (!declaredPumps.contains(pumpId)) {
                fields.problem(fieldPath, "unknown pump " + pumpId);
            }
            return null;
        }
        if (pump.role() != role) {
            fields.problem(fieldPath, "pump " + pumpId + " is a " + pump.role().fileName() + " pump, not a " + role.fileName() + " pump");
            return null;
        }
        String other = pairedWith.putIfAbsent(pumpId, chiller);
        if (other != null) {
            fields.problem(fieldPath, "pump " + pumpId + " is already paired with chiller " + other + "; a pump serves one chiller");
            return null;
        }
        return pump;
    }

    private void checkDesignFlow(PumpUnit pump, double flowM3s, String side, String chiller, String path) {
        if (!pump.pump().curve().covers(flowM3s)) {
            PumpCurve curve = pump.pump().curve();
            fields.problem(path, "pump " + pump.id() + "'s curve (" + format(curve.minFlowM3s() * 3600) + ".." + format(curve.maxFlowM3s() * 3600)
                    + " m³/h) does not reach chiller " + chiller + "'s design " + side + " flow " + format(flowM3s * 3600) + " m³/h");
        }
    }

    private OperatingRules rules(List<PlantChiller> chillers) {
        JsonNode node = fields.object(fields.root(), "", "rules", true);
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        int spareUnits = fields.whole(node, "rules", "spareUnits", 0, 0, Integer.MAX_VALUE);
        double spareFraction = fields.numberIn(node, "rules", "spareFraction", 0, 0, 1, "in 0..1");
        int minRun = fields.whole(node, "rules", "minRunMinutes", LocatedFields.REQUIRED, 0, Integer.MAX_VALUE);
        int minStop = fields.whole(node, "rules", "minStopMinutes", LocatedFields.REQUIRED, 0, Integer.MAX_VALUE);
        int maxStarts = fields.whole(node, "rules", "maxStartsPerDay", 0, 0, Integer.MAX_VALUE);
        double startCost = fields.numberIn(node, "rules", "startCost", 0, 0, Double.MAX_VALUE, "≥ 0");
        if (spareUnits >= chillers.size() && !chillers.isEmpty()) {
            fields.problem("rules.spareUnits", "must be below the number of chillers (" + chillers.size() + "), got " + spareUnits);
        }
        JsonNode setpoints = fields.object(node, "rules", "supplySetpointC", true);
        double min = Double.NaN;
        double max = Double.NaN;
        double step = Double.NaN;
        if (setpoints != null) {
            String path = "rules.supplySetpointC";
            min = fields.number(setpoints, path, "min");
            max = fields.number(setpoints, path, "max");
            step = fields.numberIn(setpoints, path, "step", Double.NaN, 0.01, 10, "in 0.01..10 K");
            if (min > max) {
                fields.problem(path, "min " + format(min) + " °C must not be above max " + format(max) + " °C");
            } else if (!Double.isNaN(min + max)) {
                for (PlantChiller chiller : chillers) {
                    CurveRange range = commonRange(chiller.model());
                    if (min < range.min() || max > range.max()) {
                        fields.problem(path, "limits " + format(min) + ".." + format(max) + " °C leave chiller " + chiller.id()
                                + "'s curves, fitted for supply " + format(range.min()) + ".." + format(range.max()) + " °C");
                    }
                }
            }
        }
        if (fields.problems().size() > before) {
            return null;
        }
        return new OperatingRules(spareUnits, spareFraction, minRun, minStop, maxStarts, min, max, step, startCost);
    }

    /** The supply temperatures both CAPFT and EIRFT were fitted on. */
    private static CurveRange commonRange(ChillerCurveSet model) {
        CurveRange capft = model.capacityFunctionOfTemperature().x();
        CurveRange eirft = model.eirFunctionOfTemperature().x();
        return new CurveRange(Math.max(capft.min(), eirft.min()), Math.min(capft.max(), eirft.max()));
    }

    private void unusedPumps(Map<String, PumpUnit> pumps, Map<String, String> pairedWith, Set<String> inZones) {
        List<JsonNode> entries = fields.list(fields.root(), "", "pumps", false);
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).path("id").asText();
            PumpUnit pump = pumps.get(id);
            if (pump == null) {
                continue;
            }
            boolean used = pump.role() == PumpRole.SECONDARY ? inZones.contains(id) : pairedWith.containsKey(id);
            if (!used) {
                fields.problem("pumps[" + i + "]", pump.role() == PumpRole.SECONDARY ? "secondary pump " + id + " belongs to no zone"
                        : pump.role().fileName() + " pump " + id + " is paired with no chiller");
            }
        }
    }

    private ConventionalSequencing conventional(OperatingRules rules) {
        JsonNode node = fields.object(fields.root(), "", "conventional", false);
        if (node == null) {
            return DEFAULT_CONVENTIONAL;
        }
        String path = "conventional";
        double up = fields.numberIn(node, path, "stageUpFraction", DEFAULT_CONVENTIONAL.stageUpFraction(), 0.01, 1, "in 0.01..1");
        double down = fields.numberIn(node, path, "stageDownFraction", DEFAULT_CONVENTIONAL.stageDownFraction(), 0.01, 1,
                "in 0.01..1");
        double fixed = fields.number(node, path, "fixedSetpointC", DEFAULT_CONVENTIONAL.fixedSetpointC(), -Double.MAX_VALUE, Double.MAX_VALUE);
        double pumpUp = fields.numberIn(node, path, "pumpStageUpSpeed", DEFAULT_CONVENTIONAL.pumpStageUpSpeed(), 0.05, 1,
                "a speed fraction in 0.05..1");
        double condenser = fields.number(node, path, "condenserSetpointC", DEFAULT_CONVENTIONAL.condenserSetpointC(), 5, 45);
        if (down >= up) {
            fields.problem(path + ".stageDownFraction", "must be below stageUpFraction " + format(up) + " (hysteresis), got " + format(down));
        }
        if (rules != null && (fixed < rules.supplyMinC() || fixed > rules.supplyMaxC())) {
            fields.problem(path + ".fixedSetpointC", "must lie within rules.supplySetpointC " + format(rules.supplyMinC()) + ".."
                    + format(rules.supplyMaxC()) + " °C, got " + format(fixed));
        }
        return new ConventionalSequencing(up, down, fixed, pumpUp, condenser);
    }
}
