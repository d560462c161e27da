package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanatory variables of the day-ahead load model for each hour of a history, as known when the day's
 * forecast is issued at local midnight {@code leadDays} days before the day starts (the loads of the days before
 * the issue are known, the day's weather is given; lead 0 is the day-ahead case, lead 1 the day after it):
 *
 * <ul>
 *   <li>48 indicators, hour of the local day × working or not (weekends and holidays are not, make-up working
 *       days are): the daily and weekly shape, no separate intercept;</li>
 *   <li>heating and cooling change-point terms {@code max(0, 15 °C − T)} and {@code max(0, T − 18 °C)}, each also
 *       × working-day daytime (08–18 h) because occupied hours respond more;</li>
 *   <li>{@code max(0, h − 35 kJ/kg)} of the outdoor enthalpy, when the file has humidity (latent cooling);</li>
 *   <li>solar irradiance and visits, when the file has those columns;</li>
 *   <li>recent load: the same local hour of the latest earlier day of the same kind (working or not), the same
 *       hour a week earlier, and the mean load of the 24 hours before the issue (the building's current level);
 *       all from days before the issue; issued during a day (the evening plan's forecast, lead 1 at 17:00), the level
 *       is the 24 hours before the issue and the issue day's own load at the hours already past has its own
 *       term ({@code loadSameKindIssueDay}).</li>
 * </ul>
 *
 * Missing weather is filled by interpolation ({@link WeatherGaps}). A missing recent-load value is replaced by
 * the other one (or by the level) when forecasting, and the hour is counted; such hours are left out of training.
 */
final class LoadFeatures {

    static final double HEATING_BASE_C = 15;
    static final double COOLING_BASE_C = 18;
    static final double ENTHALPY_BASE_KJ_PER_KG = 35;
    static final int OCCUPIED_FROM_HOUR = 8;
    static final int OCCUPIED_TO_HOUR = 18;
    /** How far back the latest day of the same kind is looked for. */
    static final int SAME_KIND_LOOKBACK_DAYS = 14;

    private final HourlyHistory history;
    private final int leadDays;
    private final int issueHour;
    private final ZoneId zone;
    private final DayCalendar calendar;
    private final double[] temp;
    private final double[] enthalpy;
    private final double[] solar;
    private final double[] visits;
    private final List<String> names = new ArrayList<>();

    /** @param leadDays whole days between the issue (a local midnight) and the start of the day forecast: 0 to 6 */
    LoadFeatures(HourlyHistory history, ZoneId zone, DayCalendar calendar, int leadDays) {
        this(history, zone, calendar, leadDays, 0);
    }

    /**
     * Features as known at an issue {@code issueHour} hours into the local day {@code leadDays} days before the day
     * forecast (lead 1 at 17: the evening before). Loads up to the issue are known: the level is the mean of the 24
     * hours before the issue, and the latest day of the same kind may be the issue's own day for the hours of the
     * day that are already past at the issue. Hour 0 is the issue at midnight.
     *
     * @param issueHour 0 to 23; above 0 only with a lead of at least 1 (an issue inside the forecast day itself
     *                  would read the loads it forecasts)
     */
    LoadFeatures(HourlyHistory history, ZoneId zone, DayCalendar calendar, int leadDays, int issueHour) {
        if (leadDays < 0 || leadDays > 6) {
            throw new IllegalArgumentException("lead days 0 to 6 (the week-earlier load must be known), got " + leadDays);
        }
        if (issueHour < 0 || issueHour > 23 || (issueHour > 0 && leadDays == 0)) {
            throw new IllegalArgumentException("an issue hour 0 to 23, above 0 only for lead 1 or more, got " + issueHour + " at lead " + leadDays);
        }
        this.history = history;
        this.leadDays = leadDays;
        this.issueHour = issueHour;
        this.zone = zone;
        this.calendar = calendar;
        this.temp = WeatherGaps.filled(history.tempC());
        double[] rh = WeatherGaps.filled(history.rhPct());
        if (temp != null && rh != null) {
            enthalpy = new double[temp.length];
            for (int i = 0; i < temp.length; i++) {
                enthalpy[i] = MoistAir.enthalpyKjPerKg(temp[i], rh[i]);
            }
        } else {
            enthalpy = null;
        }
        this.solar = WeatherGaps.filled(history.solarWm2());
        this.visits = history.visits() == null ? null : WeatherGaps.filled(history.visits());
        for (String kind : List.of("working", "nonWorking")) {
            for (int hour = 0; hour < 24; hour++) {
                names.add(kind + "Hour" + hour);
            }
        }
        if (temp != null) {
            names.addAll(List.of("heatingKelvin", "coolingKelvin", "heatingKelvinOccupied", "coolingKelvinOccupied"));
        }
        if (enthalpy != null) {
            names.add("enthalpyExcess");
        }
        if (solar != null) {
            names.add("solar");
        }
        if (visits != null) {
            names.add("visits");
        }
        if (issueHour > 0) {
            names.add("loadSameKindIssueDay");
        }
        names.addAll(List.of("loadSameKindDayBefore", "loadWeekBefore", "loadLevel24h"));
    }

    int leadDays() {
        return leadDays;
    }

    int issueHour() {
        return issueHour;
    }

    List<String> names() {
        return List.copyOf(names);
    }

    boolean hasWeather() {
        return temp != null;
    }

    /** The grid index where the local day starts (its first whole hour), or -1 outside the history. */
    int dayStart(LocalDate day) {
        return history.indexOf(day.atStartOfDay(zone).toInstant());
    }

    boolean isWorking(LocalDate day) {
        return calendar.dayType(day).isWorking();
    }

    /**
     * The features of the hours of one local day, issued at the day's start; rows with a missing recent load
     * keep NaN there (see {@link #substitute}).
     */
    DayRows day(LocalDate day) {
        int start = dayStart(day);
        int end = dayStart(day.plusDays(1));
        if (start < 0 || end < 0) {
            return null;
        }
        boolean working = isWorking(day);
        // the latest earlier day of the same kind whose whole day is known at the issue, and (issue in the day
        // before's evening) the latest one including the issue's own day, for the hours already past at the issue
        int sameKind = latestSameKind(day, working, leadDays + 1);
        int sameKindToday = issueHour > 0 ? latestSameKind(day, working, leadDays) : -1;
        int issueDayStart = dayStart(day.minusDays(leadDays));
        int issue = issueDayStart < 0 ? -1 : history.indexOf(day.minusDays(leadDays).atTime(issueHour, 0).atZone(zone).toInstant());
        double level = issue < 0 ? Double.NaN : meanLoad(issue - 24, issue);
        double[][] rows = new double[end - start][];
        for (int i = start; i < end; i++) {
            LocalDateTime local = history.hourStart(i).atZone(zone).toLocalDateTime();
            double[] x = new double[names.size()];
            int hour = local.getHour();
            x[(working ? 0 : 24) + hour] = 1;
            int c = 48;
            if (temp != null) {
                double occupied = working && hour >= OCCUPIED_FROM_HOUR && hour < OCCUPIED_TO_HOUR ? 1 : 0;
                double heating = Math.max(0, HEATING_BASE_C - temp[i]);
                double cooling = Math.max(0, temp[i] - COOLING_BASE_C);
                x[c++] = heating;
                x[c++] = cooling;
                x[c++] = heating * occupied;
                x[c++] = cooling * occupied;
            }
            if (enthalpy != null) {
                x[c++] = Math.max(0, enthalpy[i] - ENTHALPY_BASE_KJ_PER_KG);
            }
            if (solar != null) {
                x[c++] = solar[i];
            }
            if (visits != null) {
                x[c++] = visits[i];
            }
            if (issueHour > 0) {
                // the latest same-kind day's hour known at the issue (0 for the hours not yet past): its own coefficient
                double known = sameKindToday < 0 ? Double.NaN : loadAt(local.minusDays(sameKindToday));
                x[c++] = hour < issueHour ? known : 0;
            }
            x[c++] = sameKind < 0 ? Double.NaN : loadAt(local.minusDays(sameKind));
            x[c++] = loadAt(local.minusWeeks(1));
            x[c] = level;
            rows[i - start] = x;
        }
        return new DayRows(start, rows);
    }

    private int latestSameKind(LocalDate day, boolean working, int from) {
        for (int back = from; back <= SAME_KIND_LOOKBACK_DAYS + leadDays; back++) {
            if (back >= 1 && isWorking(day.minusDays(back)) == working) {
                return back;
            }
        }
        return -1;
    }

    /** The load at the same local hour seen earlier; NaN when not on record. */
    double loadAt(LocalDateTime local) {
        int index = history.indexOf(local.atZone(zone).toInstant());
        return index < 0 ? Double.NaN : history.loadKw()[index];
    }

    /**
     * Replaces missing recent-load values of a row to be forecast, in place: one lag by the other, both by the
     * level, the level by {@code fallbackLevel}.
     *
     * @return whether anything was replaced
     */
    boolean substitute(double[] x, double fallbackLevel) {
        int level = x.length - 1;
        int week = x.length - 2;
        int sameKind = x.length - 3;
        boolean replaced = false;
        if (Double.isNaN(x[level])) {
            x[level] = fallbackLevel;
            replaced = true;
        }
        if (Double.isNaN(x[sameKind]) || Double.isNaN(x[week])) {
            double other = Double.isNaN(x[sameKind]) ? x[week] : x[sameKind];
            double value = Double.isNaN(other) ? x[level] : other;
            x[sameKind] = Double.isNaN(x[sameKind]) ? value : x[sameKind];
            x[week] = Double.isNaN(x[week]) ? value : x[week];
            replaced = true;
        }
        if (issueHour > 0 && Double.isNaN(x[sameKind - 1])) {
            x[sameKind - 1] = x[sameKind];
            replaced = true;
        }
        return replaced;
    }

    private double meanLoad(int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            if (!Double.isNaN(history.loadKw()[i])) {
                sum += history.loadKw()[i];
                count++;
            }
        }
        return count * 2 < to - from ? Double.NaN : sum / count;
    }

    /** The feature rows of a local day's hours, the first at grid index {@code start}. */
    record DayRows(int start, double[][] rows) {
    }
}
