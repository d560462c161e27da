package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import io.wardwatt.optimize.CondenserWaterPlant;
import io.wardwatt.optimize.ConventionalRules;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.Doe2ChillerModel;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.Objective;
import io.wardwatt.optimize.PlanRules;
import io.wardwatt.optimize.PlantInputs;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.SecondaryZone;
import io.wardwatt.optimize.SiteEquipment;
import io.wardwatt.optimize.SiteInputs;
import io.wardwatt.optimize.SlotConditions;
import io.wardwatt.optimize.SlotWeather;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.SupplyCap;
import io.wardwatt.plant.Dehumidification;
import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.plant.PlantDefinitionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a scenario ({@code optimize --scenario FILE}; format in the README, "Optimizer scenarios") from JSON or
 * YAML into a {@link DayProblem} and {@link SolverSettings}. Every problem of the file is reported at once, each
 * with the file, line and path of the value ({@code scenario.json line 12: loadsKw[3]: -5 is below 0}); a file
 * with any problem yields no scenario.
 */
public final class ScenarioReader {

    /** The rating condition of the chiller curves (AHRI 550/590), used when the scenario gives no condenser water. */
    static final double DEFAULT_CONDENSER_ENTERING_C = 29.44;
    static final double DEFAULT_SETPOINT_C = 7.0;
    /** A chiller's time in its initial state when the scenario does not say: long enough for any run or stop rule. */
    static final int LONG_AGO_MINUTES = 1440;
    /** Without a plant file: no spare, one-slot run and stop times, unlimited starts, 7 °C supply, no start cost. */
    static final PlanRules DEFAULT_RULES = new PlanRules(0, 0, 1, 1, 0, List.of(DEFAULT_SETPOINT_C), 0);

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "start", "slotMinutes", "loadsKw", "plant", "chillers", "temperatures",
            "constraints", "tariff", "carbonKgPerKwh", "objective", "conventional", "initialState", "solver", "weather", "site",
            "outOfService");
    private static final Set<String> TEMPERATURE_KEYS = Set.of("condenserEnteringC", "minSupplyC", "maxSupplyC");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("spareUnits", "spareFraction", "minRunMinutes", "minStopMinutes",
            "maxStartsPerDay", "supplySetpointsC", "startCost");
    private static final Set<String> OBJECTIVE_KEYS = Set.of("costWeight", "carbonWeight");
    private static final Set<String> CONVENTIONAL_KEYS = Set.of("stageUpFraction", "stageDownFraction", "fixedSetpointC", "pumpStageUpSpeed");
    private static final Set<String> INITIAL_KEYS = Set.of("chiller", "on", "minutesInState", "startsToday");
    private static final Set<String> SOLVER_KEYS = Set.of("timeLimitSeconds", "unimprovedSeconds", "seed", "maxScoreCalculations");
    private static final Set<String> RANGE_KEYS = Set.of("min", "max", "step");

    private final LocatedFields document;
    private final Path baseDirectory;
    private int slotMinutes;
    /** The tariff's demand charge, CNY per kW-month (0: none), once the tariff is read. */
    private double demandChargeCnyPerKwMonth;

    private ScenarioReader(LocatedYaml yaml, Path baseDirectory) {
        this.document = new LocatedFields(yaml);
        this.baseDirectory = baseDirectory;
    }

    public static Scenario readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        Path parent = file.toAbsolutePath().getParent();
        return read(text, file.toString(), parent);
    }

    /**
     * @param source the file name used in messages and as the default plan name
     * @param baseDirectory where {@code plant} and chiller {@code model} paths are resolved
     */
    public static Scenario read(String text, String source, Path baseDirectory) {
        return new ScenarioReader(LocatedYaml.parse(text, source), baseDirectory).scenario();
    }

    private Scenario scenario() {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new InvalidInputException(document.source(), "a scenario is an object with slotMinutes, loadsKw and chillers");
        }
        document.knownKeys(root, "", TOP_KEYS);
        String name = document.text(root, "", "name", defaultName());
        LocalDateTime start = start(root);
        slotMinutes = document.whole(root, "", "slotMinutes", Integer.MIN_VALUE, 5, 60);
        if (slotMinutes != Integer.MIN_VALUE && 1440 % slotMinutes != 0) {
            document.problem("slotMinutes", slotMinutes + " does not divide a day (1440 minutes)");
            slotMinutes = Integer.MIN_VALUE;
        }
        double[] loads = loads(root.get("loadsKw"));
        int slots = loads == null ? 0 : loads.length;

        PlantInputs plant = plant(root);
        if (!LocatedFields.present(root.get("plant")) && LocatedFields.present(root.get("outOfService"))) {
            document.problem("outOfService", "takes a plant file's chillers out of service: name the plant file with \"plant\"");
        }
        List<PlannedChiller> chillers = chillers(root, plant);
        List<SecondaryZone> zones = plant == null ? List.of() : plant.zones();
        PlanRules rules = rules(document.object(root, "", "constraints", false), plant == null ? DEFAULT_RULES : plant.rules());
        List<Double> setpoints = rules == null ? List.of(DEFAULT_SETPOINT_C) : rules.supplySetpointsC();
        List<SlotConditions> conditions = loads == null ? List.of() : conditions(root, start, loads, setpoints, plant);
        CondenserWaterPlant towers = plansTowers(root, plant) ? plant.condenser() : null;
        Objective objective = objective(document.object(root, "", "objective", false));
        ConventionalRules conventional = conventional(document.object(root, "", "conventional", false),
                plant == null ? ConventionalRules.DEFAULT : plant.conventional(), rules == null ? null : rules.supplyCap());
        List<InitialChillerState> initial = initialState(root.get("initialState"), chillers);
        SitePart sitePart = site(root, slots, plant, conditions, start);
        SolverSettings solver = solver(document.object(root, "", "solver", false));
        if (!conditions.isEmpty() && rules != null && towers == null) {
            checkDoe2Capacity(chillers, conditions, setpoints);
        }
        if (!document.problems().isEmpty() || slots == 0 || slotMinutes == Integer.MIN_VALUE) {
            if (document.problems().isEmpty()) {
                document.problem("", "the scenario cannot be read");
            }
            throw new InvalidInputException(document.problems());
        }
        try {
            return new Scenario(new DayProblem(name, start, slotMinutes, conditions, chillers, zones, rules, objective, conventional, initial,
                    towers, sitePart.equipment(), sitePart.inputs()), solver);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(document.source(), e.getMessage());
        }
    }

    private String defaultName() {
        String file = Path.of(document.source()).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private LocalDateTime start(JsonNode root) {
        String text = document.text(root, "", "start", null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            document.problem("start", "not a local date-time such as 2026-07-15T00:00: '" + text + "'");
            return null;
        }
    }

    private double[] loads(JsonNode node) {
        if (!LocatedFields.present(node)) {
            document.problem("loadsKw", "missing: the cooling load of each slot, kW");
            return null;
        }
        if (!node.isArray() || node.isEmpty() || node.size() > DayProblem.MAX_SLOTS) {
            document.problem("loadsKw", "must be a list of 1.." + DayProblem.MAX_SLOTS + " loads, kW, one per slot");
            return null;
        }
        double[] loads = new double[node.size()];
        boolean ok = true;
        for (int i = 0; i < loads.length; i++) {
            loads[i] = document.number(node.get(i), "loadsKw[" + i + "]", 0, 1e6);
            ok &= !Double.isNaN(loads[i]);
        }
        if (slotMinutes != Integer.MIN_VALUE && loads.length * slotMinutes > 1440 * 2) {
            document.problem("loadsKw", loads.length + " slots of " + slotMinutes + " minutes span more than two days");
        }
        return ok ? loads : null;
    }

    private List<PlannedChiller> chillers(JsonNode root, PlantInputs plant) {
        JsonNode chillers = root.get("chillers");
        if (plant != null || LocatedFields.present(root.get("plant"))) {
            if (LocatedFields.present(chillers)) {
                document.problem("chillers", "give the chillers inline or name a plant file, not both");
            }
            return plant == null ? List.of() : plant.chillers();
        }
        if (!LocatedFields.present(chillers)) {
            document.problem("chillers", "missing: list the chillers, or name a plant file with \"plant\"");
            return List.of();
        }
        List<PlannedChiller> read = new ChillerSection(document, baseDirectory).read(chillers);
        if (read.size() > DayProblem.MAX_CHILLERS) {
            document.problem("chillers", "at most " + DayProblem.MAX_CHILLERS + " chillers can be planned, got " + read.size());
        }
        return read;
    }

    /** The plant file's chillers, pumps, zones and rules, or null (with problems, which name the plant file's lines). */
    private PlantInputs plant(JsonNode root) {
        String file = document.text(root, "", "plant", null);
        if (file == null || slotMinutes == Integer.MIN_VALUE) {
            return null;
        }
        Path resolved = baseDirectory.resolve(file).normalize();
        if (!Files.isRegularFile(resolved)) {
            document.problem("plant", "no plant definition file " + file + " (looked for " + resolved + ")");
            return null;
        }
        try {
            var definition = PlantDefinitionReader.readFile(resolved);
            return PlantInputs.from(definition.withoutChillers(outOfService(root.get("outOfService"), definition)), slotMinutes);
        } catch (InvalidInputException e) {
            document.problems().addAll(e.problems());
            return null;
        } catch (IllegalArgumentException e) {
            document.problem("plant", file + ": " + e.getMessage());
            return null;
        }
    }

    /** The plant file's chillers a what-if takes out of service ({@code outOfService}: their ids); each must be the plant's. */
    private Set<String> outOfService(JsonNode node, io.wardwatt.plant.PlantDefinition plant) {
        if (!LocatedFields.present(node)) {
            return Set.of();
        }
        if (!node.isArray()) {
            document.problem("outOfService", "must be a list of the plant's chiller ids");
            return Set.of();
        }
        List<String> known = plant.chillers().stream().map(io.wardwatt.plant.PlantChiller::id).toList();
        Set<String> out = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String id = node.get(i).asText();
            if (!known.contains(id)) {
                document.problem("outOfService[" + i + "]", "unknown chiller '" + id + "'; the plant has " + String.join(", ", known));
            } else {
                out.add(id);
            }
        }
        if (!out.isEmpty() && out.size() == known.size()) {
            document.problem("outOfService", "takes every chiller out of service: nothing would be left to plan");
        }
        return out;
    }

    /** The scenario's constraints over {@code base} (the plant file's rules, or the defaults): each key given replaces one rule. */
    private PlanRules rules(JsonNode constraints, PlanRules base) {
        if (constraints == null) {
            return base;
        }
        String path = "constraints";
        document.knownKeys(constraints, path, CONSTRAINT_KEYS);
        int spareUnits = document.whole(constraints, path, "spareUnits", base.spareUnits(), 0, DayProblem.MAX_CHILLERS - 1);
        double spareFraction = document.number(constraints, path, "spareFraction", base.spareFraction(), 0, 1);
        int minRun = slots(constraints, path, "minRunMinutes", base.minRunSlots());
        int minStop = slots(constraints, path, "minStopMinutes", base.minStopSlots());
        int maxStarts = document.whole(constraints, path, "maxStartsPerDay", base.maxStartsPerDay(), 0, 96);
        double startCost = document.number(constraints, path, "startCost", base.startCost(), 0, 1e6);
        List<Double> setpoints = setpoints(constraints.get("supplySetpointsC"), base.supplySetpointsC());
        if (spareUnits == Integer.MIN_VALUE || Double.isNaN(spareFraction) || minRun < 0 || minStop < 0 || maxStarts == Integer.MIN_VALUE
                || Double.isNaN(startCost) || setpoints == null) {
            return null;
        }
        PlanRules rules = new PlanRules(spareUnits, spareFraction, minRun, minStop, maxStarts, setpoints, startCost);
        SupplyCap cap = base.supplyCap();
        if (cap == null) {
            return rules;
        }
        // The plant's critical zones hold whatever set-points the scenario lists: those above the limit are not offered.
        if (cap.keep(setpoints).isEmpty()) {
            document.problem("constraints.supplySetpointsC", "no set-point of " + setpoints + " keeps " + cap.rule());
            return null;
        }
        return rules.capped(cap);
    }

    /** Minutes as whole slots, rounded up (a rule of 45 minutes on 30-minute slots holds for 2 slots); at least 1. */
    private int slots(JsonNode constraints, String path, String key, int baseSlots) {
        if (!LocatedFields.present(constraints.get(key))) {
            return baseSlots;
        }
        int minutes = document.whole(constraints, path, key, 0, 0, 1440);
        if (minutes == Integer.MIN_VALUE) {
            return -1;
        }
        if (slotMinutes == Integer.MIN_VALUE) {
            return 1;
        }
        return Math.max(1, (minutes + slotMinutes - 1) / slotMinutes);
    }

    private List<Double> setpoints(JsonNode node, List<Double> base) {
        String path = "constraints.supplySetpointsC";
        if (!LocatedFields.present(node)) {
            return base;
        }
        List<Double> values = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                double value = document.number(node.get(i), path + "[" + i + "]", 4, 15);
                if (Double.isNaN(value)) {
                    return null;
                }
                if (!values.isEmpty() && value <= values.get(values.size() - 1)) {
                    document.problem(path + "[" + i + "]", value + " is not above the set-point before it; list them ascending");
                    return null;
                }
                values.add(value);
            }
        } else if (node.isObject()) {
            document.knownKeys(node, path, RANGE_KEYS);
            double min = document.number(node, path, "min", Double.NaN, 4, 15);
            double max = document.number(node, path, "max", Double.NaN, 4, 15);
            double step = document.number(node, path, "step", Double.NaN, 0.05, 11);
            if (Double.isNaN(min + max + step)) {
                return null;
            }
            if (max < min) {
                document.problem(path, "min " + min + " is above max " + max);
                return null;
            }
            for (int k = 0; min + k * step <= max + 1e-9 && k < 200; k++) {
                values.add(Math.round((min + k * step) * 1000) / 1000.0);
            }
        }
        if (values.isEmpty()) {
            document.problem(path, "must be a list of set-points, °C, or {min, max, step}");
            return null;
        }
        return values;
    }

    /** The plant file's PV and battery as this scenario plans them, and the rest of the site they are planned on (both null: none). */
    private record SitePart(SiteEquipment equipment, SiteInputs inputs) {
    }

    /**
     * The plant file's PV and battery, planned around the plant, with the rest of the site (the scenario's {@code site}),
     * the weather and the tariff's demand charge. The PV is forecast from the scenario's weather and its slots' date:
     * without them it is left out of the plan (its output is then not known, not zero). Without a {@code site}, or
     * without its {@code otherElectricityKw}, the other electricity is taken as 0: the battery and PV are still planned
     * against the tariff (the site's other load adds the same to every plan), but no demand charge is planned, whose peak
     * it would decide.
     */
    private SitePart site(JsonNode root, int slots, PlantInputs plant, List<SlotConditions> conditions, LocalDateTime start) {
        boolean given = LocatedFields.present(root.get("site"));
        SiteEquipment inFile = plant == null ? null : plant.site();
        if (inFile == null || inFile.isEmpty()) {
            if (given) {
                document.problem("site", "the plant has no PV or battery to plan around it (name a plant file with a photovoltaic or battery"
                        + " section)");
            }
            return new SitePart(null, null);
        }
        SiteSection section = new SiteSection(document);
        // checked against the plant file's own PV and battery, whether or not this scenario can plan the PV
        SiteInputs site = given ? section.read(root, slots, inFile.battery(), inFile.photovoltaic() != null) : SiteInputs.of(new double[slots]);
        boolean weather = conditions.size() == slots && conditions.stream().allMatch(c -> c.weather() != null);
        PhotovoltaicDefinition pv = !weather || start == null || inFile.photovoltaic() == null ? null
                : Double.isNaN(section.pvScaleFactor()) ? inFile.photovoltaic() : inFile.photovoltaic().withScaleFactor(section.pvScaleFactor());
        SiteEquipment equipment = new SiteEquipment(pv, inFile.battery(), inFile.reserve());
        if (site == null || equipment.isEmpty() || conditions.size() != slots) {
            return new SitePart(null, null);
        }
        if (given && section.otherElectricityGiven()) {
            site = site.withDemandCharge(demandChargeCnyPerKwMonth);
        }
        if (weather) {
            site = site.withWeather(conditions.stream().mapToDouble(c -> c.weather().solarWm2()).toArray(),
                    conditions.stream().mapToDouble(c -> c.weather().dryBulbC()).toArray());
        }
        return new SitePart(equipment, site);
    }

    /** The plant's towers choose the condenser water when the scenario gives the weather they work against. */
    private static boolean plansTowers(JsonNode root, PlantInputs plant) {
        return plant != null && plant.condenser() != null && LocatedFields.present(root.get("weather"));
    }

    private List<SlotConditions> conditions(JsonNode root, LocalDateTime start, double[] loads, List<Double> setpoints, PlantInputs plant) {
        int slots = loads.length;
        JsonNode temperatures = document.object(root, "", "temperatures", false);
        JsonNode none = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        JsonNode t = temperatures == null ? none : temperatures;
        document.knownKeys(t, "temperatures", TEMPERATURE_KEYS);
        double lowest = setpoints.get(0);
        double highest = setpoints.get(setpoints.size() - 1);
        boolean towers = plansTowers(root, plant);
        if (towers && LocatedFields.present(t.get("condenserEnteringC"))) {
            document.problem("temperatures.condenserEnteringC", "the plant's towers choose the condenser water from the scenario's weather:"
                    + " leave condenserEnteringC out, or leave the weather out for a given condenser water");
        }
        double[] condenser = towers ? nanPerSlot(slots)
                : PerSlotValues.read(document, t, "temperatures", "condenserEnteringC", slots, DEFAULT_CONDENSER_ENTERING_C, 5, 45);
        double[] minSupply = PerSlotValues.read(document, t, "temperatures", "minSupplyC", slots, lowest, 0, 20);
        double[] maxSupply = PerSlotValues.read(document, t, "temperatures", "maxSupplyC", slots, highest, 0, 20);
        double[] carbon = PerSlotValues.read(document, root, "", "carbonKgPerKwh", slots, 0, 0, 5);
        SlotWeather[] weather = new WeatherSection(document).read(document.object(root, "", "weather", false), slots);
        TariffSection.SlotTariff tariff = slotMinutes == Integer.MIN_VALUE ? null
                : new TariffSection(document, baseDirectory).read(document.object(root, "", "tariff", false), start, slotMinutes, slots);
        if (tariff != null) {
            demandChargeCnyPerKwMonth = tariff.demandChargeCnyPerKwMonth();
        }
        boolean weatherWrong = LocatedFields.present(root.get("weather")) && weather == null;
        if (condenser == null || minSupply == null || maxSupply == null || carbon == null || tariff == null || weatherWrong) {
            return List.of();
        }
        Dehumidification dehumidification = plant == null || weather == null ? null : plant.dehumidification();
        List<SlotConditions> conditions = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < slots; i++) {
            double min = minSupply[i];
            double dryingLimit = dehumidification == null ? Double.NaN : dehumidification.maxSupplyC(weather[i].dewPointC());
            double max = Double.isNaN(dryingLimit) ? maxSupply[i] : Math.min(maxSupply[i], dryingLimit);
            String why = Double.isNaN(dryingLimit) || dryingLimit >= maxSupply[i] ? ""
                    : String.format(Locale.ROOT, " (dehumidification at a %.1f °C dew point)", weather[i].dewPointC());
            if (min > max) {
                document.problem("temperatures", "slot " + i + ": minSupplyC " + min + " is above maxSupplyC " + max + why);
                ok = false;
                continue;
            }
            if (setpoints.stream().noneMatch(s -> s >= min - 1e-9 && s <= max + 1e-9)) {
                document.problem("temperatures", "slot " + i + ": no supply set-point of " + setpoints + " lies in " + min + ".." + max
                        + " °C (constraints.supplySetpointsC)" + why);
                ok = false;
                continue;
            }
            conditions.add(new SlotConditions(loads[i], condenser[i], min, max, tariff.periods()[i], tariff.prices()[i], carbon[i],
                    weather == null ? null : weather[i], dryingLimit));
        }
        return ok ? conditions : List.of();
    }

    private static double[] nanPerSlot(int slots) {
        double[] values = new double[slots];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    /** A DOE-2 chiller must have capacity at every slot's temperatures, or the planner could not evaluate it. */
    private void checkDoe2Capacity(List<PlannedChiller> chillers, List<SlotConditions> conditions, List<Double> setpoints) {
        for (int c = 0; c < chillers.size(); c++) {
            if (!(chillers.get(c).model() instanceof Doe2ChillerModel doe2)) {
                continue;
            }
            search:
            for (int i = 0; i < conditions.size(); i++) {
                SlotConditions slot = conditions.get(i);
                for (double setpoint : setpoints) {
                    if (setpoint >= slot.minSupplyC() && setpoint <= slot.maxSupplyC()
                            && !(doe2.curves().availableCapacityKw(setpoint, slot.condenserEnteringC()) > 0)) {
                        document.problem("chillers[" + c + "].curve", String.format(Locale.ROOT,
                                "model %s has no capacity at %.2f °C supply and %.2f °C condenser water (slot %d)", doe2.curves().name(),
                                setpoint, slot.condenserEnteringC(), i));
                        break search;
                    }
                }
            }
        }
    }

    private Objective objective(JsonNode node) {
        if (node == null) {
            return new Objective(1, 0);
        }
        document.knownKeys(node, "objective", OBJECTIVE_KEYS);
        double cost = document.number(node, "objective", "costWeight", 1, 0, 1e6);
        double carbon = document.number(node, "objective", "carbonWeight", 0, 0, 1e6);
        if (Double.isNaN(cost + carbon)) {
            return null;
        }
        if (cost + carbon <= 0) {
            document.problem("objective", "costWeight and carbonWeight cannot both be 0");
            return null;
        }
        return new Objective(cost, carbon);
    }

    /** @param cap the critical zones' limit (null: none): the baseline, too, runs no warmer than it */
    private ConventionalRules conventional(JsonNode node, ConventionalRules d, SupplyCap cap) {
        if (node == null) {
            return d;
        }
        String path = "conventional";
        document.knownKeys(node, path, CONVENTIONAL_KEYS);
        double up = document.number(node, path, "stageUpFraction", d.stageUpFraction(), 0.01, 1);
        double down = document.number(node, path, "stageDownFraction", d.stageDownFraction(), 0.01, 1);
        double setpoint = document.number(node, path, "fixedSetpointC", d.fixedSetpointC(), 4, 15);
        double pumpUp = document.number(node, path, "pumpStageUpSpeed", d.pumpStageUpSpeed(), 0.01, 1);
        if (Double.isNaN(up + down + setpoint + pumpUp)) {
            return null;
        }
        if (down >= up) {
            document.problem(path + ".stageDownFraction", down + " must be below stageUpFraction " + up + " (hysteresis)");
            return null;
        }
        if (cap != null && !cap.allows(setpoint)) {
            document.problem(path + ".fixedSetpointC", setpoint + " °C breaks " + cap.rule());
            return null;
        }
        return new ConventionalRules(up, down, setpoint, pumpUp);
    }

    private List<InitialChillerState> initialState(JsonNode node, List<PlannedChiller> chillers) {
        if (!LocatedFields.present(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            document.problem("initialState", "must be a list of {chiller, on, minutesInState, startsToday}");
            return List.of();
        }
        Set<String> known = new HashSet<>();
        chillers.forEach(c -> known.add(c.id()));
        Set<String> seen = new HashSet<>();
        List<InitialChillerState> states = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "initialState[" + i + "]";
            JsonNode state = node.get(i);
            if (!state.isObject()) {
                document.problem(path, "must be an object {chiller, on, minutesInState, startsToday}");
                continue;
            }
            document.knownKeys(state, path, INITIAL_KEYS);
            String id = document.text(state, path, "chiller", null);
            if (id == null) {
                document.problem(path + ".chiller", "missing");
            } else if (!chillers.isEmpty() && !known.contains(id)) {
                document.problem(path + ".chiller", "unknown chiller " + id + "; the plant has " + String.join(", ", chillers.stream()
                        .map(PlannedChiller::id).toList()));
            } else if (!seen.add(id)) {
                document.problem(path + ".chiller", "chiller " + id + " is listed twice");
            }
            boolean on = document.bool(state, path, "on", false);
            int minutes = document.whole(state, path, "minutesInState", LONG_AGO_MINUTES, 0, 525_600);
            int starts = document.whole(state, path, "startsToday", 0, 0, 96);
            if (id != null && minutes != Integer.MIN_VALUE && starts != Integer.MIN_VALUE && slotMinutes != Integer.MIN_VALUE) {
                // whole slots already spent in the state: a part slot does not yet count towards a minimum run or stop
                states.add(new InitialChillerState(id, on, minutes / slotMinutes, starts));
            }
        }
        return states;
    }

    private SolverSettings solver(JsonNode node) {
        if (node == null) {
            return SolverSettings.DEFAULT;
        }
        document.knownKeys(node, "solver", SOLVER_KEYS);
        SolverSettings d = SolverSettings.DEFAULT;
        double limit = document.number(node, "solver", "timeLimitSeconds", d.timeLimit().toMillis() / 1000.0, 0.1, 86_400);
        double unimproved = document.number(node, "solver", "unimprovedSeconds",
                Math.min(limit, d.unimprovedLimit().toMillis() / 1000.0), 0.1, 86_400);
        long seed = document.longNumber(node, "solver", "seed", d.randomSeed());
        long moves = document.longNumber(node, "solver", "maxScoreCalculations", 0);
        if (moves < 0) {
            document.problem("solver.maxScoreCalculations", moves + " is below 0 (0 = no move limit)");
            moves = 0;
        }
        if (Double.isNaN(limit + unimproved)) {
            return d;
        }
        return new SolverSettings(Duration.ofMillis(Math.round(limit * 1000)), Duration.ofMillis(Math.round(unimproved * 1000)), seed, moves);
    }
}
