package io.wardwatt.goals.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.ClosedLedgers;
import io.wardwatt.carbon.runtime.LedgerService;
import io.wardwatt.goals.Headline;
import io.wardwatt.goals.HeadlineFigures;
import io.wardwatt.goals.ProgressReport;
import io.wardwatt.optimize.SavingsTally;
import io.wardwatt.optimize.runtime.PlantSavings;
import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.standby.runtime.StandbyWaste;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Gathers the headline of a site's year: the goals' progress, the carbon ledger's months (closed version, else computed
 * now), the plant savings tally, the PV meters' rollups and the standby watch's alerts.
 */
@ApplicationScoped
public class HeadlineService {

    private static final Logger LOG = Logger.getLogger(HeadlineService.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    GoalProgressService progress;

    @Inject
    GoalsConfig config;

    @Inject
    ClosedLedgers closed;

    @Inject
    LedgerService ledgers;

    @Inject
    PlantSavings plantSavings;

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader series;

    @Inject
    StandbyWaste standby;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    /** The headline of the year to date (year null: the year of the last whole month). */
    public Headline headline(String site, Integer year) {
        return headline(site, year, null);
    }

    /**
     * The headline as it stood at the end of {@code reportMonth} (the monthly PDF's month; null: now): nothing after that
     * month is counted.
     */
    public Headline headline(String site, Integer year, YearMonth reportMonth) {
        YearMonth running = progress.runningMonth(site);
        YearMonth end = reportMonth != null && reportMonth.isBefore(running) ? reportMonth : running;
        YearMonth lastWhole = end.equals(running) ? running.minusMonths(1) : end;
        ProgressReport report = progress.progress(site, year, lastWhole);
        int y = report.year();
        ZoneId zone = progress.zone(site);
        YearMonth through = lastWhole.getYear() < y ? null : lastWhole.getYear() > y ? YearMonth.of(y, 12) : lastWhole;
        YearMonth last = end.getYear() > y ? YearMonth.of(y, 12) : end;
        YearMonth runningInYear = running.getYear() == y && end.equals(running) ? running : null;
        return new Headline(site, y, report.baselineYear(), through == null ? null : through.toString(),
                runningInYear == null ? null : runningInYear.toString(), HeadlineFigures.targets(report), carbon(site, through), plant(site, y, last),
                pv(site, y, last, running), standby(site, y, last, zone));
    }

    private Headline.CarbonLine carbon(String site, YearMonth through) {
        if (through == null) {
            return HeadlineFigures.carbon(null, Map.of(), Map.of());
        }
        Map<YearMonth, Double> now = new HashMap<>();
        Map<YearMonth, Double> before = new HashMap<>();
        for (YearMonth m = through.withMonth(1); !m.isAfter(through); m = m.plusMonths(1)) {
            tco2e(site, m).ifPresent(v -> now.put(v.month(), v.tco2e()));
            tco2e(site, m.minusYears(1)).ifPresent(v -> before.put(v.month(), v.tco2e()));
        }
        return HeadlineFigures.carbon(through, now, before);
    }

    private record MonthCarbon(YearMonth month, double tco2e) {
    }

    private record Computed(Optional<MonthCarbon> carbon, java.time.Instant at) {
    }

    /** Open months' carbon computed now, by site and month: a dashboard refreshing every few minutes need not recompute 24 months. */
    private final Map<String, Computed> openMonths = new java.util.concurrent.ConcurrentHashMap<>();

    /** The month's GHG total (scope 1 + location-based scope 2): its closed ledger, else the month computed now. */
    private Optional<MonthCarbon> tco2e(String site, YearMonth month) {
        try {
            Optional<String> stored = closed.latest(site, month).map(ClosedLedger::ledgerJson);
            if (stored.isPresent()) {
                return read(month, stored.get());
            }
            String key = site + "/" + month;
            Computed cached = openMonths.get(key);
            java.time.Instant now = java.time.Instant.now();
            if (cached != null && cached.at().plus(config.headline().carbonMaxAge()).isAfter(now)) {
                return cached.carbon();
            }
            Optional<MonthCarbon> computed = read(month, ledgers.preview(site, month).ledgerJson());
            openMonths.put(key, new Computed(computed, now));
            return computed;
        } catch (IOException | RuntimeException e) {
            // a month without readings or factors is named as missing in the headline, not an error of the whole page;
            // counted, so that a ledger failing for every month shows on the metrics rather than as a quiet gap
            LOG.debugf("carbon of %s %s not computed: %s", site, month, e.getMessage());
            registry.counter("wardwatt.goals.headline.carbon.missing", "site", site).increment();
            return Optional.empty();
        }
    }

    /** The tally's months up to {@code last}: the whole year's figures when nothing after is counted yet. */
    private static Optional<MonthCarbon> read(YearMonth month, String ledgerJson) throws IOException {
        JsonNode total = JSON.readTree(ledgerJson).path("ghgProtocol").path("totalLocationBasedTco2e");
        return total.isNumber() ? Optional.of(new MonthCarbon(month, total.asDouble())) : Optional.empty();
    }

    private Headline.PlantLine plant(String site, int year, YearMonth last) {
        SavingsTally.Year tally = plantSavings.of(site, year);
        double kwh = 0;
        double cny = 0;
        double tco2 = 0;
        int covered = 0;
        int elapsed = 0;
        for (SavingsTally.Month m : tally.months()) {
            if (last.getYear() == year && YearMonth.parse(m.month()).isAfter(last)) {
                continue;
            }
            kwh += m.saved().savedKwh();
            cny += m.saved().savedCny();
            tco2 += m.saved().savedTco2();
            covered += m.daysCovered();
            elapsed += m.daysElapsed();
        }
        return new Headline.PlantLine(kwh, tally.targetKwh(), cny, tco2, covered, elapsed);
    }

    private Headline.GenerationLine pv(String site, int year, YearMonth last, YearMonth running) {
        List<String> found = new ArrayList<>();
        Map<String, Double> byMonth = new java.util.TreeMap<>();
        for (String code : config.headline().pvPoints()) {
            Optional<MeasurementPoint> point = points.byKey(site, code);
            if (point.isEmpty()) {
                continue;
            }
            found.add(point.get().key());
            List<ConsumptionBucket> buckets = series.series(point.get(), year + "-01", (year + 1) + "-01", "1mo").consumption();
            for (ConsumptionBucket b : buckets == null ? List.<ConsumptionBucket>of() : buckets) {
                if (!YearMonth.parse(b.period()).isAfter(last)) {
                    byMonth.merge(b.period(), b.canonicalQuantity() == null ? b.quantity() : b.canonicalQuantity(), Double::sum);
                }
            }
        }
        if (found.isEmpty()) {
            return new Headline.GenerationLine(null, found, List.of(), "no PV meter: none of " + config.headline().pvPoints() + " is a point of the site");
        }
        List<Headline.MonthKwh> months = new ArrayList<>();
        double total = 0;
        for (Map.Entry<String, Double> e : byMonth.entrySet()) {
            months.add(new Headline.MonthKwh(e.getKey(), Math.round(e.getValue() * 10) / 10.0, YearMonth.parse(e.getKey()).equals(running)));
            total += e.getValue();
        }
        return new Headline.GenerationLine(Math.round(total * 10) / 10.0, found, months, months.isEmpty() ? "no readings of the PV meter this year" : null);
    }

    private Headline.StandbyLine standby(String site, int year, YearMonth last, ZoneId zone) {
        StandbyWaste.Wasted wasted = standby.between(site, java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        return new Headline.StandbyLine(Math.round(wasted.kwh() * 10) / 10.0, wasted.alerts(), wasted.devices(),
                wasted.alerts() == 0 ? "no standby excess found this year" : null);
    }
}
