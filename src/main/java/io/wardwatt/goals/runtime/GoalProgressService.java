package io.wardwatt.goals.runtime;

import io.wardwatt.forecast.runtime.ObservedHistory;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.goals.DegreeDays;
import io.wardwatt.goals.GoalProgress;
import io.wardwatt.goals.MonthConditions;
import io.wardwatt.goals.MonthEnergy;
import io.wardwatt.goals.ProgressReport;
import io.wardwatt.goals.SiteGoals;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.query.CarrierBucket;
import io.wardwatt.readings.query.CarrierConsumption;
import io.wardwatt.readings.query.SiteConsumption;
import io.wardwatt.readings.runtime.RollupConsumptionReader;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what a progress needs — the site's monthly consumption per carrier from the rollups (the same counters as
 * {@code GET /api/sites/{site}/consumption}), daily temperatures and visits of the baseline and reporting years, the
 * tce coefficients — and computes it.
 */
@ApplicationScoped
public class GoalProgressService {

    @Inject
    GoalBook book;

    @Inject
    SiteService sites;

    @Inject
    RollupConsumptionReader consumption;

    @Inject
    ObservedHistory history;

    @Inject
    GoalCoefficients coefficients;

    @Inject
    GoalsConfig config;

    Clock clock = Clock.systemUTC();

    /** The site's month now, in its own zone: the running month, never compared as a whole one. */
    public YearMonth runningMonth(String siteCode) {
        return YearMonth.now(clock.withZone(zone(siteCode)));
    }

    public ZoneId zone(String siteCode) {
        return ZoneId.of(sites.find(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode)).timeZone());
    }

    public ProgressReport progress(String siteCode, Integer year) {
        return progress(siteCode, year, null);
    }

    /**
     * The progress with year to date ending at {@code through} (a report month) when that is before the last whole
     * month; the months after it count as not yet whole.
     */
    public ProgressReport progress(String siteCode, Integer year, YearMonth through) {
        Site site = sites.find(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
        SiteGoals goals = book.get(siteCode);
        ZoneId zone = ZoneId.of(site.timeZone());
        YearMonth lastWhole = YearMonth.now(clock.withZone(zone)).minusMonths(1);
        if (through != null && through.isBefore(lastWhole)) {
            lastWhole = through;
        }
        int reporting = year == null ? YearMonth.now(clock.withZone(zone)).minusMonths(1).getYear() : year;
        if (reporting <= goals.baselineYear() || reporting > goals.baselineYear() + 30) {
            throw new InvalidInputException("year", "a year after the baseline year " + goals.baselineYear() + " (and at most 30 after), was "
                    + reporting);
        }
        if (site.floorAreaM2() == null || site.floorAreaM2() <= 0) {
            throw new InvalidInputException("site", "site " + siteCode + " has no floor area: energy per m2 needs one");
        }
        Map<YearMonth, MonthEnergy> energy = new TreeMap<>();
        Map<YearMonth, MonthConditions> conditions = new TreeMap<>();
        for (int y : new int[] {goals.baselineYear(), reporting}) {
            energy.putAll(energy(siteCode, y));
            conditions.putAll(conditions(siteCode, zone, y));
        }
        return GoalProgress.compute(new GoalProgress.Inputs(goals, reporting, site.floorAreaM2(), coefficients.current(),
                config.baseTemperatureC(), energy, conditions, lastWhole));
    }

    private Map<YearMonth, MonthEnergy> energy(String site, int year) {
        SiteConsumption used = consumption.consumption(site, year + "-01", (year + 1) + "-01", "1mo", null);
        Map<YearMonth, double[]> sums = new TreeMap<>();
        Map<YearMonth, Integer> anomalies = new HashMap<>();
        for (CarrierConsumption carrier : used.carriers()) {
            int index = switch (carrier.carrier()) {
                case "electricity" -> 0;
                case "natural_gas" -> 1;
                case "steam" -> 2;
                case "heat" -> 3;
                default -> -1;
            };
            if (index < 0) {
                continue;
            }
            for (CarrierBucket bucket : carrier.buckets()) {
                YearMonth month = YearMonth.parse(bucket.period());
                sums.computeIfAbsent(month, m -> new double[4])[index] += bucket.quantity();
                anomalies.merge(month, bucket.anomalies(), Integer::sum);
            }
        }
        Map<YearMonth, MonthEnergy> months = new TreeMap<>();
        sums.forEach((month, s) -> months.put(month, new MonthEnergy(month, s[0], s[1], s[2], s[3], anomalies.getOrDefault(month, 0))));
        return months;
    }

    private Map<YearMonth, MonthConditions> conditions(String site, ZoneId zone, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<LocalDate, Double> station = DegreeDays.dailyMeans(history.stationHourlyTemperatures(site, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant()), zone);
        Map<YearMonth, double[]> degreeDays = DegreeDays.monthly(DegreeDays.stationFirst(station, history.dailyMeanTemperatures(site, zone, first, last)),
                config.baseTemperatureC());
        Map<YearMonth, long[]> visits = new TreeMap<>();
        for (VisitDay day : history.visitDays(site, first, last)) {
            long[] v = visits.computeIfAbsent(YearMonth.from(day.date()), m -> new long[2]);
            v[0] += day.visits();
            v[1]++;
        }
        Map<YearMonth, MonthConditions> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            double[] dd = degreeDays.get(month);
            long[] v = visits.get(month);
            if (dd != null || v != null) {
                months.put(month, new MonthConditions(month, dd == null ? 0 : dd[0], dd == null ? 0 : dd[1], v == null ? 0 : v[0],
                        dd == null ? 0 : (int) dd[2], v == null ? 0 : (int) v[1]));
            }
        }
        return months;
    }
}
