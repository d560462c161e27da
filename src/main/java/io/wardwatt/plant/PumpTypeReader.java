package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code pumpTypes} of a plant file: each a rated-speed curve, either data-sheet points
 * {@code [flow m³/h, head m, efficiency]} fitted by least squares or the quadratics' coefficients, plus a speed
 * range and a motor × drive efficiency. A curve whose head or efficiency reaches 0 inside its flow range is
 * refused: power there would be negative or infinite.
 */
final class PumpTypeReader {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private final LocatedFields fields;
    private final Set<String> declaredIds = new HashSet<>();

    PumpTypeReader(LocatedFields fields) {
        this.fields = fields;
    }

    /** Every type id the file declares, readable or not (a pump of a refused type is not "of an unknown type"). */
    Set<String> declaredIds() {
        return declaredIds;
    }

    /** The readable pump types by id (a type with a problem is left out, after reporting it). */
    Map<String, VariableSpeedPump> read() {
        Map<String, VariableSpeedPump> types = new LinkedHashMap<>();
        List<JsonNode> entries = fields.list(fields.root(), "", "pumpTypes", true);
        for (int i = 0; i < entries.size(); i++) {
            String path = "pumpTypes[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.problem(path, "must be a mapping with id, curve, speed and motorDriveEfficiency");
                continue;
            }
            String id = fields.text(entry, path, "id");
            if (id != null && !declaredIds.add(id)) {
                fields.problem(path + ".id", "duplicate pump type id " + id);
                id = null;
            }
            VariableSpeedPump pump = pump(entry, path);
            if (id != null && pump != null) {
                types.put(id, pump);
            }
        }
        return types;
    }

    private VariableSpeedPump pump(JsonNode entry, String path) {
        int before = fields.problems().size();
        PumpCurve curve = curve(entry, path);
        JsonNode speed = fields.object(entry, path, "speed", true);
        double minSpeed = Double.NaN;
        double maxSpeed = Double.NaN;
        if (speed != null) {
            minSpeed = fields.numberIn(speed, path + ".speed", "min", Double.NaN, 0.05, 1.0, "a fraction of rated speed in 0.05..1");
            maxSpeed = fields.numberIn(speed, path + ".speed", "max", Double.NaN, 0.5, 1.5, "a fraction of rated speed in 0.5..1.5");
            if (minSpeed >= maxSpeed) {
                fields.problem(path + ".speed", "min " + format(minSpeed) + " must be below max " + format(maxSpeed));
            }
        }
        double motorDrive = fields.numberIn(entry, path, "motorDriveEfficiency", Double.NaN, 0.01, 1.0, "in 0.01..1");
        if (curve == null || fields.problems().size() > before) {
            return null;
        }
        return new VariableSpeedPump(curve, minSpeed, maxSpeed, motorDrive);
    }

    private PumpCurve curve(JsonNode entry, String path) {
        JsonNode node = fields.object(entry, path, "curve", true);
        if (node == null) {
            return null;
        }
        String curvePath = path + ".curve";
        PumpCurve curve;
        if (node.has("points")) {
            curve = fromPoints(node, curvePath);
        } else if (node.has("headM")) {
            curve = fromCoefficients(node, curvePath);
        } else {
            fields.problem(curvePath, "needs either points ([flow m³/h, head m, efficiency] rows) or headM, efficiency and flowM3h");
            return null;
        }
        return curve == null ? null : checked(curve, curvePath);
    }

    private PumpCurve fromPoints(JsonNode node, String path) {
        List<JsonNode> rows = fields.list(node, path, "points", true);
        List<PumpCurvePoint> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String rowPath = path + ".points[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isArray() || row.size() != 3) {
                fields.problem(rowPath, "must be [flow m³/h, head m, efficiency 0..1]");
                continue;
            }
            double flow = fields.number(row.get(0), rowPath + "[0]");
            double head = fields.number(row.get(1), rowPath + "[1]");
            double efficiency = fields.number(row.get(2), rowPath + "[2]");
            if (flow < 0) {
                fields.problem(rowPath + "[0]", "a flow must be ≥ 0, got " + format(flow));
            }
            points.add(new PumpCurvePoint(flow / SECONDS_PER_HOUR, head * Water.KPA_PER_METRE, efficiency));
        }
        if (points.stream().map(PumpCurvePoint::flowM3s).distinct().count() < 3) {
            fields.problem(path + ".points", "needs at least 3 rows with different flows to fit a quadratic");
            return null;
        }
        if (points.stream().anyMatch(p -> Double.isNaN(p.flowM3s() + p.headKpa() + p.efficiency()) || p.flowM3s() < 0)) {
            return null;
        }
        return PumpCurve.fit(points);
    }

    private PumpCurve fromCoefficients(JsonNode node, String path) {
        double[] head = coefficients(node, path, "headM");
        double[] efficiency = coefficients(node, path, "efficiency");
        JsonNode flow = fields.object(node, path, "flowM3h", true);
        double min = Double.NaN;
        double max = Double.NaN;
        if (flow != null) {
            min = fields.numberIn(flow, path + ".flowM3h", "min", Double.NaN, 0, Double.MAX_VALUE, "≥ 0");
            max = fields.number(flow, path + ".flowM3h", "max");
            if (min >= max) {
                fields.problem(path + ".flowM3h", "min " + format(min) + " must be below max " + format(max));
                return null;
            }
        }
        if (head == null || efficiency == null || Double.isNaN(min + max)) {
            return null;
        }
        // The file's quadratics take m³/h and give metres; the core's take m³/s and give kPa.
        double k = Water.KPA_PER_METRE;
        double h = SECONDS_PER_HOUR;
        return new PumpCurve(new Quadratic(k * head[0], k * head[1] * h, k * head[2] * h * h),
                new Quadratic(efficiency[0], efficiency[1] * h, efficiency[2] * h * h), min / h, max / h);
    }

    private double[] coefficients(JsonNode node, String path, String field) {
        List<JsonNode> values = fields.list(node, path, field, true);
        if (values.size() != 3) {
            if (!values.isEmpty()) {
                fields.problem(path + "." + field, "must hold 3 coefficients [c0, c1, c2] of c0 + c1·Q + c2·Q² (Q in m³/h), got "
                        + values.size());
            }
            return null;
        }
        double[] result = new double[3];
        for (int i = 0; i < 3; i++) {
            result[i] = fields.number(values.get(i), path + "." + field + "[" + i + "]");
        }
        return Double.isNaN(result[0] + result[1] + result[2]) ? null : result;
    }

    private PumpCurve checked(PumpCurve curve, String path) {
        String range = format(curve.minFlowM3s() * SECONDS_PER_HOUR) + ".." + format(curve.maxFlowM3s() * SECONDS_PER_HOUR) + " m³/h";
        boolean valid = true;
        if (!(curve.lowestHeadKpa() > 0)) {
            fields.problem(path, "head falls to " + format(curve.lowestHeadKpa() / Water.KPA_PER_METRE) + " m inside its flow range "
                    + range + "; a pump curve's head must stay above 0");
            valid = false;
        }
        if (!(curve.lowestEfficiency() > 0)) {
            fields.problem(path, "efficiency falls to " + format(curve.lowestEfficiency()) + " inside its flow range " + range
                    + ": power there would be negative or infinite");
            valid = false;
        }
        if (curve.highestEfficiency() > 1) {
            fields.problem(path, "efficiency rises to " + format(curve.highestEfficiency()) + " inside its flow range " + range
                    + "; it must be a fraction ≤ 1");
            valid = false;
        }
        return valid ? curve : null;
    }
}
