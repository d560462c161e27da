package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.optimize.ChillerModel;
import io.wardwatt.optimize.CubicChillerModel;
import io.wardwatt.optimize.Doe2ChillerModel;
import io.wardwatt.optimize.PairedPump;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.PlrCubic;
import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.plant.ChillerCurveSetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The scenario's {@code chillers}: each with a PLR-cubic curve or a DOE-2 EIR model, and its paired pumps. */
final class ChillerSection {

    private static final Set<String> CHILLER_KEYS = Set.of("id", "capacityKw", "minPlr", "curve", "pumps");
    private static final Set<String> CUBIC_KEYS = Set.of("type", "a", "b", "c", "d");
    private static final Set<String> DOE2_KEYS = Set.of("type", "model", "name", "description", "source", "compressor",
            "refrigerant", "reference", "partLoad", "curves");
    private static final Set<String> PUMP_KEYS = Set.of("id", "role", "powerKw");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final LocatedFields document;
    private final Path baseDirectory;

    ChillerSection(LocatedFields document, Path baseDirectory) {
        this.document = document;
        this.baseDirectory = baseDirectory;
    }

    /** The chillers in file order; empty (with problems) when any is wrong. */
    List<PlannedChiller> read(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            document.problem("chillers", "must be a non-empty list");
            return List.of();
        }
        List<PlannedChiller> chillers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> pumpIds = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            String path = "chillers[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                document.problem(path, "must be an object with id and curve");
                ok = false;
                continue;
            }
            document.knownKeys(node, path, CHILLER_KEYS);
            String id = document.text(node, path, "id", null);
            if (id == null) {
                document.problem(path + ".id", "missing");
            } else if (!ids.add(id)) {
                document.problem(path + ".id", "chiller " + id + " appears twice");
            }
            ChillerModel model = model(node, path, id);
            List<PairedPump> pumps = pumps(node.get("pumps"), path + ".pumps", pumpIds);
            if (id == null || model == null || pumps == null) {
                ok = false;
                continue;
            }
            chillers.add(new PlannedChiller(model, pumps));
        }
        return ok ? chillers : List.of();
    }

    private ChillerModel model(JsonNode chiller, String path, String id) {
        JsonNode curve = document.object(chiller, path, "curve", false);
        if (curve == null) {
            if (!LocatedFields.present(chiller.get("curve"))) {
                document.problem(path + ".curve", "missing");
            }
            return null;
        }
        String type = document.text(curve, path + ".curve", "type", null);
        if ("plr-cubic".equals(type)) {
            document.knownKeys(curve, path + ".curve", CUBIC_KEYS);
            return cubic(chiller, path, id, curve);
        }
        if ("doe2-eir".equals(type)) {
            document.knownKeys(curve, path + ".curve", DOE2_KEYS);
            for (String key : List.of("capacityKw", "minPlr")) {
                if (LocatedFields.present(chiller.get(key))) {
                    document.problem(path + "." + key, "comes from the DOE-2 model (its reference capacity and partLoad.minimum); remove it");
                }
            }
            ChillerCurveSet curves = doe2(curve, path + ".curve", id);
            return curves == null || id == null ? null : new Doe2ChillerModel(id, curves);
        }
        document.problem(path + ".curve.type", type == null ? "missing: plr-cubic or doe2-eir" : "must be plr-cubic or doe2-eir, got " + type);
        return null;
    }

    private ChillerModel cubic(JsonNode chiller, String path, String id, JsonNode curve) {
        double capacity = document.positive(chiller, path, "capacityKw", 1e6);
        double minPlr = document.positive(chiller, path, "minPlr", 1);
        String curvePath = path + ".curve";
        double a = document.number(curve, curvePath, "a", Double.NaN, -1e9, 1e9);
        double b = document.number(curve, curvePath, "b", Double.NaN, -1e9, 1e9);
        double c = document.number(curve, curvePath, "c", Double.NaN, -1e9, 1e9);
        double d = document.number(curve, curvePath, "d", Double.NaN, -1e9, 1e9);
        if (id == null || Double.isNaN(capacity + minPlr + a + b + c + d)) {
            return null;
        }
        PlrCubic cubic = new PlrCubic(id, capacity, minPlr, a, b, c, d);
        double lowest = lowestPowerKw(cubic);
        if (lowest < 0) {
            document.problem(curvePath, String.format(Locale.ROOT, "gives negative power (%.1f kW) between minPlr %s and 1;"
                    + " a running chiller draws power", lowest, LocatedFields.format(minPlr)));
            return null;
        }
        return new CubicChillerModel(cubic);
    }

    /** The curve's least power on [minPlr, 1]: at the ends or where its derivative b + 2c·x + 3d·x² is zero. */
    static double lowestPowerKw(PlrCubic cubic) {
        double low = cubic.minimumPartLoadRatio();
        List<Double> candidates = new ArrayList<>(List.of(low, 1.0));
        double qa = 3 * cubic.d();
        double qb = 2 * cubic.c();
        double qc = cubic.b();
        if (Math.abs(qa) < 1e-12) {
            if (Math.abs(qb) > 1e-12) {
                candidates.add(-qc / qb);
            }
        } else {
            double discriminant = qb * qb - 4 * qa * qc;
            if (discriminant >= 0) {
                candidates.add((-qb + Math.sqrt(discriminant)) / (2 * qa));
                candidates.add((-qb - Math.sqrt(discriminant)) / (2 * qa));
            }
        }
        return candidates.stream().filter(x -> x >= low && x <= 1)
                .mapToDouble(x -> cubic.powerKw(x * cubic.capacityKw())).min().orElseThrow();
    }

    /** A model file named by {@code model}, or the model's fields written inline. */
    private ChillerCurveSet doe2(JsonNode curve, String path, String id) {
        String file = document.text(curve, path, "model", null);
        try {
            if (file != null) {
                Path resolved = baseDirectory.resolve(file).normalize();
                if (!Files.isRegularFile(resolved)) {
                    document.problem(path + ".model", "no chiller model file " + file + " (looked for " + resolved + ")");
                    return null;
                }
                return ChillerCurveSetReader.readFile(resolved);
            }
            ObjectNode inline = ((ObjectNode) curve).deepCopy();
            inline.remove("type");
            if (!inline.has("name")) {
                inline.put("name", id == null ? "inline" : id);
            }
            if (!inline.has("source")) {
                inline.putObject("source").put("object", "inline in " + document.source());
            }
            return ChillerCurveSetReader.read(YAML.writeValueAsString(inline), document.source());
        } catch (InvalidInputException e) {
            relocate(e, file == null ? path : null);
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            document.problem(path, "cannot be read as a chiller model: " + e.getOriginalMessage());
            return null;
        }
    }

    /**
     * A model file's problems stand as they are (they name that file); an inline model's are moved to the
     * scenario's own path and line, since the text the curve reader saw was a copy.
     */
    private void relocate(InvalidInputException e, String inlinePath) {
        for (InputProblem problem : e.problems()) {
            if (inlinePath == null) {
                document.problems().add(problem);
            } else {
                int cut = problem.where().indexOf(" (");
                String field = cut < 0 ? "" : problem.where().substring(0, cut);
                document.problem(field.isEmpty() ? inlinePath : inlinePath + "." + field, problem.problem());
            }
        }
    }

    private List<PairedPump> pumps(JsonNode array, String path, Set<String> pumpIds) {
        if (!LocatedFields.present(array)) {
            return List.of();
        }
        if (!array.isArray()) {
            document.problem(path, "must be a list of {id, role, powerKw}");
            return null;
        }
        List<PairedPump> pumps = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode pump = array.get(i);
            if (!pump.isObject()) {
                document.problem(at, "must be an object {id, role, powerKw}");
                ok = false;
                continue;
            }
            document.knownKeys(pump, at, PUMP_KEYS);
            String id = document.text(pump, at, "id", null);
            if (id == null) {
                document.problem(at + ".id", "missing");
            } else if (!pumpIds.add(id)) {
                document.problem(at + ".id", "pump " + id + " appears twice");
            }
            String role = document.text(pump, at, "role", null);
            if (!"primary".equals(role) && !"condenser".equals(role)) {
                document.problem(at + ".role", role == null ? "missing: primary or condenser" : "must be primary or condenser, got " + role);
                role = null;
            }
            double power = document.number(pump, at, "powerKw", Double.NaN, 0, 1e5);
            if (id == null || role == null || Double.isNaN(power)) {
                ok = false;
                continue;
            }
            pumps.add(new PairedPump(id, role, power));
        }
        return ok ? pumps : null;
    }
}
