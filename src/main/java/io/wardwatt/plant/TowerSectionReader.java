package io.wardwatt.plant;

import static io.wardwatt.input.LocatedFields.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional condenser-water sections of a plant file: {@code towers} (the cells, their correlation file and their
 * limits) and {@code condenserLimits} (each chiller's lowest entering condenser water). Everything the correlation
 * is fed from the file must lie inside the range its source documents — the design wet bulb, range and approach,
 * the water-flow ratios the cells' flow limits give, the liquid-to-gas ratio at minimum fan speed — or the file is
 * refused, with file, line and path, since outside it the correlation's numbers are not data.
 */
final class TowerSectionReader {

    static final double DEFAULT_FREE_CONVECTION_FRACTION = 0.125;
    private static final Set<String> TOWER_KEYS = Set.of("model", "cells", "designWaterFlowPerCellM3h", "design", "cellWaterFlowM3h",
            "fanPowerPerCellKw", "minAirFlowRatio", "freeConvectionFraction", "condenserSetpointC");
    private static final Set<String> DESIGN_KEYS = Set.of("wetBulbC", "enteringWaterC", "leavingWaterC");
    private static final Set<String> RANGE_KEYS = Set.of("min", "max", "step");
    private static final Set<String> FLOW_KEYS = Set.of("min", "max");

    private final LocatedFields fields;
    private final Path directory;

    TowerSectionReader(LocatedFields fields, Path directory) {
        this.fields = fields;
        this.directory = directory;
    }

    /** Each chiller's lowest condenser-entering temperature, °C, by id: the file's, or its curves' lowest fitted one. */
    Map<String, Double> minEnteringC(List<PlantChiller> chillers, Set<String> declaredChillers) {
        Map<String, Double> limits = new LinkedHashMap<>();
        for (PlantChiller chiller : chillers) {
            limits.put(chiller.id(), condenserRange(chiller.model()).min());
        }
        JsonNode section = fields.object(fields.root(), "", "condenserLimits", false);
        if (section == null) {
            return limits;
        }
        fields.knownKeys(section, "condenserLimits", Set.of("minEnteringC"));
        JsonNode given = fields.object(section, "condenserLimits", "minEnteringC", true);
        if (given == null) {
            return limits;
        }
        for (var names = given.fieldNames(); names.hasNext();) {
            String id = names.next();
            String path = "condenserLimits.minEnteringC." + id;
            double value = fields.number(given, "condenserLimits.minEnteringC", id, Double.NaN, 0, 45);
            PlantChiller chiller = chillers.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
            if (chiller == null) {
                if (!declaredChillers.contains(id)) {
                    fields.problem(path, "unknown chiller " + id + " (chillers has " + String.join(", ", declaredChillers) + ")");
                }
                continue;
            }
            CurveRange fitted = condenserRange(chiller.model());
            if (!Double.isNaN(value) && (value < fitted.min() - 1e-9 || value > fitted.max())) {
                fields.problem(path, format(value) + " °C lies outside " + id + "'s curves, fitted for condenser water " + format(fitted.min())
                        + ".." + format(fitted.max()) + " °C: the chiller would be planned where its model is not data");
            } else if (!Double.isNaN(value)) {
                limits.put(id, value);
            }
        }
        return limits;
    }

    /** The cells, or null when the file has no {@code towers} (or a problem, which is reported). */
    CoolingTowerCells towers(List<PlantChiller> chillers) {
        JsonNode node = fields.object(fields.root(), "", "towers", false);
        if (node == null) {
            return null;
        }
        String path = "towers";
        int before = fields.problems().size();
        fields.knownKeys(node, path, TOWER_KEYS);
        String modelFile = fields.text(node, path, "model");
        TowerApproachCorrelation model = model(modelFile, path + ".model");
        int cells = fields.whole(node, path, "cells", LocatedFields.REQUIRED, 1, 100);
        double designFlowM3h = fields.positive(node, path, "designWaterFlowPerCellM3h", 100_000);
        double fanKw = fields.positive(node, path, "fanPowerPerCellKw", 10_000);
        double minAir = fields.numberIn(node, path, "minAirFlowRatio", Double.NaN, 0.05, 1, "in 0.05..1");
        double freeConvection = fields.numberIn(node, path, "freeConvectionFraction", DEFAULT_FREE_CONVECTION_FRACTION, 0, 0.5, "in 0..0.5");
        List<Double> setpoints = setpoints(node, path, chillers);
        // Without a rating of its own the cell is taken as rated at the correlation's reference condition: its design water
        // flow is then the correlation's reference flow (flow ratio 1), as EnergyPlus has it for the built-in models.
        TowerDesignPoint design = LocatedFields.present(node.get("design")) ? design(fields.object(node, path, "design", true), model)
                : model == null ? null : model.reference();
        JsonNode flows = fields.object(node, path, "cellWaterFlowM3h", true);
        double minFlowM3h = Double.NaN;
        double maxFlowM3h = Double.NaN;
        if (flows != null) {
            fields.knownKeys(flows, path + ".cellWaterFlowM3h", FLOW_KEYS);
            minFlowM3h = fields.positive(flows, path + ".cellWaterFlowM3h", "min", 100_000);
            maxFlowM3h = fields.positive(flows, path + ".cellWaterFlowM3h", "max", 100_000);
            if (minFlowM3h > maxFlowM3h) {
                fields.problem(path + ".cellWaterFlowM3h", "min " + format(minFlowM3h) + " m³/h is above max " + format(maxFlowM3h) + " m³/h");
            }
        }
        if (fields.problems().size() > before || model == null || design == null) {
            return null;
        }
        double designRatio = design == model.reference() ? 1.0 : designWaterFlowRatio(model, design, path + ".design");
        if (Double.isNaN(designRatio)) {
            return null;
        }
        double referenceM3h = designFlowM3h / designRatio;
        checkFlowRatio(model, minFlowM3h / referenceM3h, path + ".cellWaterFlowM3h.min", minFlowM3h);
        checkFlowRatio(model, maxFlowM3h / referenceM3h, path + ".cellWaterFlowM3h.max", maxFlowM3h);
        double liquidToGas = maxFlowM3h / referenceM3h / minAir;
        if (!Double.isNaN(model.range().maxLiquidToGasRatio()) && liquidToGas > model.range().maxLiquidToGasRatio() + 1e-9) {
            fields.problem(path + ".minAirFlowRatio", "at " + format(minAir) + " with the most water a cell takes the liquid-to-gas ratio is "
                    + format(liquidToGas) + ", above " + model.name() + "'s documented " + format(model.range().maxLiquidToGasRatio()));
        }
        if (fields.problems().size() > before) {
            return null;
        }
        CoolingTowerCells towers = new CoolingTowerCells(model, modelFile, cells, design, designFlowM3h / 3600, referenceM3h / 3600,
                minFlowM3h / 3600, maxFlowM3h / 3600, fanKw, minAir, freeConvection, setpoints);
        checkChillerFlows(towers, chillers, path);
        return fields.problems().size() > before ? null : towers;
    }

    private TowerApproachCorrelation model(String modelFile, String path) {
        if (modelFile == null) {
            return null;
        }
        Path file = directory.resolve(modelFile).normalize();
        if (!Files.isRegularFile(file)) {
            fields.problem(path, "no tower model file " + modelFile + " (looked for " + file + ")");
            return null;
        }
        try {
            return TowerModelReader.readFile(file);
        } catch (InvalidInputException e) {
            fields.problem(path, modelFile + " is not a valid tower model: " + e.problems().size() + " problem(s), listed with it");
            fields.problems().addAll(e.problems());
            return null;
        }
    }

    /** The rating point; its wet bulb, range and approach inside the correlation's documented range. */
    private TowerDesignPoint design(JsonNode node, TowerApproachCorrelation model) {
        if (node == null) {
            return null;
        }
        String path = "towers.design";
        fields.knownKeys(node, path, DESIGN_KEYS);
        double wetBulb = fields.number(node, path, "wetBulbC", Double.NaN, -40, 40);
        double entering = fields.number(node, path, "enteringWaterC", Double.NaN, 0, 60);
        double leaving = fields.number(node, path, "leavingWaterC", Double.NaN, 0, 60);
        if (Double.isNaN(wetBulb + entering + leaving)) {
            return null;
        }
        if (!(entering > leaving && leaving > wetBulb)) {
            fields.problem(path, "the water must enter warmer than it leaves and leave warmer than the wet bulb");
            return null;
        }
        TowerDesignPoint design = new TowerDesignPoint(wetBulb, entering, leaving);
        if (model == null) {
            return design;
        }
        TowerCorrelationRange range = model.range();
        int before = fields.problems().size();
        outside(range.wetBulbC(), wetBulb, path + ".wetBulbC", "wet bulb", "°C", model);
        outside(range.rangeK(), design.rangeK(), path + ".enteringWaterC", "range (entering − leaving)", "K", model);
        outside(range.approachK(), design.approachK(), path + ".leavingWaterC", "approach (leaving − wet bulb)", "K", model);
        return fields.problems().size() > before ? null : design;
    }

    private void outside(CurveRange documented, double value, String path, String what, String unit, TowerApproachCorrelation model) {
        if (!documented.contains(value)) {
            fields.problem(path, "the " + what + " " + format(value) + " " + unit + " lies outside " + model.name() + "'s documented "
                    + format(documented.min()) + ".." + format(documented.max()) + " " + unit);
        }
    }

    /**
     * The correlation's water-flow ratio at the design point (EnergyPlus's way to size the reference flow): the one at
     * which full-speed fans give the design approach at the design wet bulb and range. The approach grows with the
     * water flow, so bisection over the documented ratios finds it; none there means the design cannot be met.
     */
    private double designWaterFlowRatio(TowerApproachCorrelation model, TowerDesignPoint design, String path) {
        CurveRange ratios = model.range().waterFlowRatio();
        double atLowest = model.approachK(design.wetBulbC(), design.rangeK(), ratios.min(), 1);
        double atHighest = model.approachK(design.wetBulbC(), design.rangeK(), ratios.max(), 1);
        if (design.approachK() < atLowest || design.approachK() > atHighest) {
            fields.problem(path, String.format(java.util.Locale.ROOT, "%s gives an approach of %.2f..%.2f K at %s °C wet bulb and %s K range"
                    + " over its documented water-flow ratios %s..%s; the design's %s K lies outside, so no flow of the correlation"
                    + " describes this cell", model.name(), atLowest, atHighest, format(design.wetBulbC()), format(design.rangeK()),
                    format(ratios.min()), format(ratios.max()), format(design.approachK())));
            return Double.NaN;
        }
        double low = ratios.min();
        double high = ratios.max();
        for (int i = 0; i < 100 && high - low > 1e-12; i++) {
            double mid = 0.5 * (low + high);
            if (model.approachK(design.wetBulbC(), design.rangeK(), mid, 1) < design.approachK()) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }

    private void checkFlowRatio(TowerApproachCorrelation model, double ratio, String path, double flowM3h) {
        CurveRange documented = model.range().waterFlowRatio();
        if (!documented.contains(ratio)) {
            fields.problem(path, format(flowM3h) + " m³/h is a water-flow ratio of " + format(ratio) + " to the correlation's reference flow,"
                    + " outside " + model.name() + "'s documented " + format(documented.min()) + ".." + format(documented.max()));
        }
    }

    /** Every chiller alone, and all of them together, can send their condenser water through the cells. */
    private void checkChillerFlows(CoolingTowerCells towers, List<PlantChiller> chillers, String path) {
        double all = 0;
        for (PlantChiller chiller : chillers) {
            double flow = chiller.model().reference().condenserWaterFlowM3s();
            all += flow;
            if (towers.fewestCells(flow) < 0) {
                fields.problem(path + ".cellWaterFlowM3h", "chiller " + chiller.id() + "'s condenser water alone (" + format(flow * 3600)
                        + " m³/h) fits no cell's " + format(towers.minCellWaterFlowM3s() * 3600) + ".." + format(towers.maxCellWaterFlowM3s() * 3600)
                        + " m³/h");
            }
        }
        if (towers.fewestCells(all) < 0) {
            fields.problem(path + ".cells", "all chillers' condenser water (" + format(all * 3600) + " m³/h) is more than " + towers.cells()
                    + " cells take at " + format(towers.maxCellWaterFlowM3s() * 3600) + " m³/h each");
        }
    }

    private List<Double> setpoints(JsonNode towers, String parent, List<PlantChiller> chillers) {
        String path = parent + ".condenserSetpointC";
        JsonNode node = fields.object(towers, parent, "condenserSetpointC", true);
        if (node == null) {
            return List.of();
        }
        fields.knownKeys(node, path, RANGE_KEYS);
        double min = fields.number(node, path, "min", Double.NaN, 0, 45);
        double max = fields.number(node, path, "max", Double.NaN, 0, 45);
        double step = fields.numberIn(node, path, "step", Double.NaN, 0.1, 10, "in 0.1..10 K");
        if (Double.isNaN(min + max + step)) {
            return List.of();
        }
        if (min > max) {
            fields.problem(path, "min " + format(min) + " °C must not be above max " + format(max) + " °C");
            return List.of();
        }
        for (PlantChiller chiller : chillers) {
            CurveRange fitted = condenserRange(chiller.model());
            if (max > fitted.max() + 1e-9) {
                fields.problem(path + ".max", format(max) + " °C is above chiller " + chiller.id() + "'s curves, fitted up to "
                        + format(fitted.max()) + " °C condenser water");
            }
        }
        List<Double> values = new ArrayList<>();
        for (int k = 0; min + k * step <= max + 1e-9; k++) {
            values.add(Math.round((min + k * step) * 1000) / 1000.0);
        }
        return values;
    }

    /** The condenser-entering temperatures both CAPFT and EIRFT were fitted on. */
    static CurveRange condenserRange(ChillerCurveSet model) {
        CurveRange capft = model.capacityFunctionOfTemperature().y();
        CurveRange eirft = model.eirFunctionOfTemperature().y();
        return new CurveRange(Math.max(capft.min(), eirft.min()), Math.min(capft.max(), eirft.max()));
    }
}
