package io.wardwatt.sim.weather;

import io.wardwatt.forecast.weather.EpwFile;
import io.wardwatt.forecast.weather.EpwReader;
import io.wardwatt.forecast.weather.EpwRow;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Hourly weather from an EnergyPlus EPW file (a typical year: any date maps onto its day of year and hour;
 * 29 February reads 28 February). Temperatures are values at the end of each hour and are interpolated
 * linearly; irradiation is the hour's total (Wh/m²), taken as the mean irradiance at the hour's middle.
 * The file is only read from the configured path; its licence does not allow shipping it. Parsing is
 * {@link EpwReader}'s (forecast imports the same files); this class only turns the rows into a continuous year.
 */
public final class EpwWeather implements Weather {

    private static final int HOURS = 8760;

    private final Path file;
    private final ZoneOffset zone;
    private final double[] dryBulb = new double[HOURS];
    private final double[] dewPoint = new double[HOURS];
    private final double[] pressure = new double[HOURS];
    private final double[] globalHorizontal = new double[HOURS];
    // per thread: runs that share this weather step through different days
    private final ThreadLocal<DayStart> lastDay = new ThreadLocal<>();

    private EpwWeather(Path file, ZoneOffset zone) {
        this.file = file;
        this.zone = zone;
    }

    public static EpwWeather read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the weather file: " + e.getMessage());
        }
        EpwFile epw = EpwReader.read(text, file.toString());
        if (epw.rows().size() < HOURS) {
            throw new InvalidInputException(file.toString(), "an EPW file has 8 header lines and 8,760 hourly rows; this one has "
                    + epw.rows().size() + " rows");
        }
        EpwWeather weather = new EpwWeather(file, epw.zone());
        for (int i = 0; i < HOURS; i++) {
            EpwRow row = epw.rows().get(i);
            weather.dryBulb[i] = row.dryBulbC();
            weather.dewPoint[i] = row.dewPointC();
            weather.pressure[i] = row.pressurePa();
            weather.globalHorizontal[i] = row.globalHorizontalWh();
        }
        return weather;
    }

    @Override
    public OutdoorConditions at(Instant instant) {
        long localSeconds = instant.getEpochSecond() + zone.getTotalSeconds();
        double hourOfYear = startOfDayHour(Math.floorDiv(localSeconds, 86_400L)) + Math.floorMod(localSeconds, 86_400L) / 3600.0;
        // Row k (0-based) holds the state at the end of hour k+1, i.e. at hourOfYear = k + 1.
        double temperature = interpolate(dryBulb, hourOfYear - 1);
        double dew = interpolate(dewPoint, hourOfYear - 1);
        double stationPressure = interpolate(pressure, hourOfYear - 1);
        double irradiance = interpolate(globalHorizontal, hourOfYear - 0.5);
        return OutdoorConditions.of(temperature, dew, irradiance, stationPressure);
    }

    /**
     * The hour of the typical year at which a local day starts (a leap day repeats 28 February). Kept for the last day
     * asked: a simulation asks for the same day thousands of times, and working out the date each time was most of its
     * weather's cost.
     */
    private double startOfDayHour(long epochDay) {
        DayStart last = lastDay.get();
        if (last != null && last.epochDay() == epochDay) {
            return last.hour();
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int day = Math.min(date.getDayOfYear(), 365);
        if (date.isLeapYear() && date.getDayOfYear() > 59) {
            day = Math.max(59, date.getDayOfYear() - 1);
        }
        double hour = (day - 1) * 24.0;
        lastDay.set(new DayStart(epochDay, hour));
        return hour;
    }

    private record DayStart(long epochDay, double hour) {
    }

    @Override
    public String description() {
        return "EPW weather file " + file;
    }

    private static double interpolate(double[] series, double index) {
        double wrapped = ((index % HOURS) + HOURS) % HOURS;
        int low = (int) Math.floor(wrapped);
        double fraction = wrapped - low;
        return series[low] * (1 - fraction) + series[(low + 1) % HOURS] * fraction;
    }
}
