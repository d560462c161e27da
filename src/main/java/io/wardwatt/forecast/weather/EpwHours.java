package io.wardwatt.forecast.weather;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns an EPW file into the hours stored for it: a typical year on the reference year, observed weather as it is. */
public final class EpwHours {

    private EpwHours() {
    }

    /** A typical year: exactly 8,760 rows, one per hour of a non-leap year, placed on {@link TypicalYear#REFERENCE_YEAR}. */
    public static List<WeatherHour> typical(EpwFile file) {
        if (file.rows().size() != EpwFile.TYPICAL_YEAR_ROWS) {
            throw new InvalidInputException(file.source(), "a typical year has 8,760 hourly rows; this file has " + file.rows().size()
                    + " (import observed weather with kind=history)");
        }
        List<WeatherHour> hours = new ArrayList<>(file.rows().size());
        for (EpwRow row : file.rows()) {
            hours.add(new WeatherHour(TypicalYear.referenceHour(row, file.zone()), row.dryBulbC(), row.relativeHumidityPct(),
                    row.globalHorizontalWh()));
        }
        return distinct(file, hours);
    }

    /** Observed weather: every row at its own instant. */
    public static List<WeatherHour> history(EpwFile file) {
        return distinct(file, file.rows().stream().map(row -> row.toWeatherHour(file.zone())).toList());
    }

    /** Two rows for one hour would make the import depend on row order: both are named instead. */
    private static List<WeatherHour> distinct(EpwFile file, List<WeatherHour> hours) {
        Map<Instant, Integer> lineOf = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            int line = file.rows().get(i).line();
            Integer earlier = lineOf.putIfAbsent(hours.get(i).hour(), line);
            if (earlier != null && problems.size() < 20) {
                problems.add(new InputProblem(file.source() + " line " + line, "the same hour as line " + earlier));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return hours;
    }
}
