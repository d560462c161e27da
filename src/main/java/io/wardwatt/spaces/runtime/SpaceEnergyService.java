package io.wardwatt.spaces.runtime;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.query.MeterSelection;
import io.wardwatt.readings.query.QueryPeriod;
import io.wardwatt.readings.query.Resolution;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.site.SpaceLevel;
import io.wardwatt.spaces.SpaceEnergy;
import io.wardwatt.spaces.SpaceEnergyReport;
import io.wardwatt.spaces.SpaceRef;
import io.wardwatt.spaces.store.SpaceRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Consumption per building, floor, department or space unit over whole local days. */
@ApplicationScoped
public class SpaceEnergyService {

    /** Ten years of days: a longer range is almost certainly a typing mistake. */
    private static final int MAX_DAYS = 3660;

    @Inject
    SpaceRows rows;

    @Inject
    PointDirectory points;

    @Inject
    CounterTotals totals;

    public SpaceEnergyReport atLevel(String siteCode, String from, String to, String levelText) {
        SpaceRows.SiteRef site = rows.site(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
        SpaceLevel level = level(levelText);
        QueryPeriod period = QueryPeriod.parse(from, to, "1d", site.zone(), MAX_DAYS, Resolution.DAY);
        List<SpaceRef> spaces = rows.spaces(site.id());
        List<MeasurementPoint> sitePoints = points.ofSite(site.id());
        List<MeasurementPoint> counters = sitePoints.stream().filter(p -> p.isCounter() && p.carrier().isPresent()).toList();
        var consumption = totals.over(counters, period.from(), period.to());
        return new SpaceEnergyReport(site.code(), level, period.from(), period.to(), MeterSelection.RULE,
                SpaceEnergy.atLevel(level, spaces, sitePoints, consumption));
    }

    private static SpaceLevel level(String text) {
        List<SpaceLevel> allowed = Arrays.stream(SpaceLevel.values()).filter(l -> l != SpaceLevel.CAMPUS).toList();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("level", "required: one of " + allowed);
        }
        try {
            SpaceLevel level = SpaceLevel.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (allowed.contains(level)) {
                return level;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException("level", "one of " + allowed + ", got '" + text + "'");
    }
}
