package io.wardwatt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.plant.ChillerCurveSetReader;
import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.plant.PlantDefinitionReader;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.closedloop.ClosedLoopYear;
import io.wardwatt.sim.closedloop.PlannerSetup;
import io.wardwatt.sim.closedloop.SimulatedDevices;
import io.wardwatt.sim.closedloop.YearReport;
import io.wardwatt.sim.runtime.SimulatorOptions;
import io.wardwatt.sim.weather.EpwWeather;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sim year}: the simulated hospital over a weather year in closed loop, three times on the same weather, visits
 * and load (conventional sequencing, Wardwatt from its evening forecast, Wardwatt in hindsight), with no database and
 * no network; prints one JSON object.
 */
final class SimYearCommand {

    /** The demo hospital's floor area, m² (BOPTEST normalises its indicators by it). */
    static final double FLOOR_AREA_M2 = 196_000;

    static final String USAGE = """
            Usage: sim year --weather FILE.epw [--plant FILE] [--start YYYY-MM-DD] [--days N] [--seed N] [--output FILE]
                            [--step SECONDS] [--time-limit SECONDS] [--max-moves N] [--threads N]
                            [--models-dir DIR] [--chiller-models DIR] [--devices FILE]
              Runs the simulated hospital over N days (default 365) from --start (default 2025-01-01) on the EPW year's
              weather three times -- conventional sequencing, Wardwatt planning from its evening forecast, Wardwatt
              planning from the true load and weather (hindsight) -- after 71 conventional warm-up days the forecast
              learns from. --plant is the planner's plant file (default the demo's, plants/demo-hospital.yaml under
              --models-dir chiller-models); the simulator keeps its own chiller curves (--chiller-models
              chiller-models/chillers). Step 60 s. Each plan searches at most --time-limit (30) seconds and
              --max-moves (20000) evaluated moves, which makes a seed repeat exactly. --threads: runs at once (3).
              Prints one JSON object (or writes it to --output). Exit 2 on a bad file or option.""";

    private SimYearCommand() {
    }

    private static final java.util.Set<String> OPTIONS = java.util.Set.of("--weather", "--plant", "--start", "--days", "--seed", "--output",
            "--step", "--time-limit", "--max-moves", "--threads", "--models-dir", "--chiller-models", "--devices");

    private static <T> T read(Map<String, String> options, String option, T fallback, java.util.function.Function<String, T> parse) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UsageException(option + ": cannot read '" + value + "'");
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = OptionPairs.parse(args, OPTIONS);
        Path weather = read(options, "--weather", null, Path::of);
        Path plant = read(options, "--plant", null, Path::of);
        LocalDate start = read(options, "--start", LocalDate.of(2025, 1, 1), LocalDate::parse);
        int days = read(options, "--days", 365, Integer::parseInt);
        long seed = read(options, "--seed", 20250721L, Long::parseLong);
        Path output = read(options, "--output", null, Path::of);
        long stepSeconds = read(options, "--step", 60L, Long::parseLong);
        double timeLimit = read(options, "--time-limit", 30.0, Double::parseDouble);
        long maxMoves = read(options, "--max-moves", 20_000L, Long::parseLong);
        int threads = read(options, "--threads", 3, Integer::parseInt);
        Path modelsDir = read(options, "--models-dir", Path.of("chiller-models"), Path::of);
        Path chillerModels = read(options, "--chiller-models", SimulatorOptions.DEFAULT_CHILLER_MODELS, Path::of);
        Path devices = read(options, "--devices", SimulatorOptions.DEFAULT_DEVICES, Path::of);
        if (weather == null) {
            throw new UsageException("--weather FILE.epw is required");
        }
        if (days < 1 || stepSeconds < 1 || 3600 % stepSeconds != 0 || !(timeLimit > 0) || maxMoves < 0 || threads < 1) {
            throw new UsageException("--days, --threads ≥ 1, --step must divide an hour, --time-limit > 0, --max-moves ≥ 0");
        }
        try {
            Duration limit = Duration.ofMillis(Math.round(timeLimit * 1000));
            // the no-improvement limit is the time limit: only the move limit or the bound ends a search, whatever the machine's load
            PlannerSetup setup = PlannerSetup.defaults(modelsDir, new SolverSettings(limit, limit, seed, maxMoves));
            if (plant != null) {
                setup = setup.withPlantFile(plant.toAbsolutePath().toString());
            }
            PlantDefinition simulated = PlantDefinitionReader.readFile(modelsDir.resolve("plants/demo-hospital.yaml"));
            HospitalSettings hospital = new HospitalSettings(ChillerCurveSetReader.readDirectory(chillerModels), EpwWeather.read(weather), seed,
                    Duration.ofMinutes(10), 8_000, HospitalSettings.SHANGHAI);
            ClosedLoopYear.Settings settings = new ClosedLoopYear.Settings(hospital, setup, SimulatedDevices.writableGuard(devices), simulated, start,
                    days, Duration.ofSeconds(stepSeconds), setup.trainDays() + 15, threads);
            ClosedLoopYear.Result result = new ClosedLoopYear(settings).run();
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("weather", weather.getFileName().toString());
            about.put("plannerPlant", plant == null ? "plants/demo-hospital.yaml" : plant.toString());
            about.put("start", start.toString());
            about.put("days", days);
            about.put("seed", seed);
            about.put("stepSeconds", stepSeconds);
            about.put("warmupDays", settings.warmupDays());
            about.put("floorAreaM2", FLOOR_AREA_M2);
            ObjectNode report = YearReport.of(about, result, FLOOR_AREA_M2);
            String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
            if (output != null) {
                Files.writeString(output, text + System.lineSeparator());
            } else {
                out.println(text);
            }
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (IOException e) {
            err.println("sim year: " + e.getMessage());
            return 1;
        }
    }
}
