package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.activity.CarrierKind;
import io.wardwatt.carbon.activity.DataSource;
import io.wardwatt.carbon.closing.BookedActivity;
import io.wardwatt.carbon.closing.MeterShare;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.readings.runtime.RollupWorker;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month's metered activities of a site: per configured carrier ({@code wardwatt.carbon.activities}), the monthly
 * consumption of its counters from the readings' rollups (the site's calendar month), added up. Closing and verifying
 * first recompute the month's rollups of those counters from the raw readings, so a closed month is exactly what the
 * readings say, whatever the rollup job's backlog; a preview reads the rollups as they are.
 */
@ApplicationScoped
class MeteredActivities {

    @Inject
    CarbonConfig config;

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader series;

    @Inject
    RollupWorker rollups;

    /** The activities and the notes on configured counters the site does not have. */
    record Metered(List<BookedActivity> activities, List<String> notes) {
    }

    /** @param fromRaw recompute the month's rollups of the counters from the raw readings first */
    Metered read(String site, ZoneId zone, YearMonth month, boolean fromRaw) {
        List<BookedActivity> activities = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Map.Entry<String, CarbonConfig.Metering>> carriers = config.activities().entrySet().stream()
                .sorted(Comparator.comparing(entry -> CarrierKind.of(entry.getKey()).map(Enum::ordinal).orElse(Integer.MAX_VALUE))).toList();
        for (Map.Entry<String, CarbonConfig.Metering> configured : carriers) {
            MeteredCarrier carrier = MeteredCarrier.of(configured.getKey()).orElseThrow();
            String field = "wardwatt.carbon.activities." + configured.getKey() + ".points";
            List<MeasurementPoint> counters = new ArrayList<>();
            for (String code : configured.getValue().points()) {
                Optional<MeasurementPoint> point = points.byKey(site, code);
                if (point.isEmpty()) {
                    notes.add(carrier.kind() + ": the site has no point " + site + "/" + code + " (" + field + "); it is not counted");
                } else {
                    counters.add(check(carrier, point.get(), field));
                }
            }
            if (!counters.isEmpty()) {
                activities.add(activity(carrier, counters, zone, month, fromRaw));
            }
        }
        return new Metered(activities, notes);
    }

    /** The same counters read again, for a verification: the activity as it would be booked now. */
    BookedActivity again(BookedActivity recorded, ZoneId zone, YearMonth month) {
        MeteredCarrier carrier = MeteredCarrier.of(recorded.carrier()).orElseThrow(() -> new IllegalStateException(
                "a recorded metered activity of " + recorded.carrier() + ", which cannot be metered"));
        List<MeasurementPoint> counters = recorded.meters().stream().map(meter -> points.byId(meter.pointId()).orElseThrow(
                () -> new IllegalStateException(meter.point() + " (point " + meter.pointId() + ") no longer exists"))).toList();
        return activity(carrier, counters, zone, month, true);
    }

    private BookedActivity activity(MeteredCarrier carrier, List<MeasurementPoint> counters, ZoneId zone, YearMonth month, boolean fromRaw) {
        List<MeterShare> shares = new ArrayList<>();
        List<MeteredCarrier.CoreUnit> units = new ArrayList<>();
        for (MeasurementPoint counter : counters) {
            if (fromRaw) {
                rollups.recomputeNow(counter.id(), start(month, zone), start(month.plusMonths(1), zone));
            }
            PointSeries monthly = series.series(counter, month.toString(), month.plusMonths(1).toString(), "1mo");
            BigDecimal quantity = plain(BigDecimal.valueOf(monthly.total().quantity()).setScale(BookedActivity.METERED_DECIMALS, RoundingMode.HALF_UP));
            shares.add(new MeterShare(counter.id(), counter.key(), counter.unit(), quantity, monthly.total().anomalies()));
            units.add(carrier.coreUnit(counter.unit()).orElseThrow());
        }
        QuantityUnit unit = units.stream().map(MeteredCarrier.CoreUnit::unit).distinct().count() == 1 ? units.get(0).unit()
                : carrier.kind().canonicalUnit();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            MeteredCarrier.CoreUnit core = units.get(i);
            total = total.add(core.unit().convert(shares.get(i).quantity().multiply(core.factor()), unit));
        }
        String origin = "meters " + String.join(" + ", shares.stream().map(MeterShare::point).toList()) + ", " + month + " consumption";
        return new BookedActivity(carrier.kind().code(), plain(total), unit.symbol(), DataSource.METERED.code(), origin, false, shares, null);
    }

    /** A counter fit for the carrier: a COUNTER of the right site-model carrier, in a unit the ledger can take. */
    private static MeasurementPoint check(MeteredCarrier carrier, MeasurementPoint point, String field) {
        String problem = null;
        if (!point.isCounter()) {
            problem = point.key() + " is a value, not a counter: the ledger takes a month's consumption";
        } else if (point.carrier().filter(c -> c == carrier.siteCarrier()).isEmpty()) {
            problem = point.key() + " measures " + point.carrier().map(c -> c.code()).orElse("no carrier") + ", not "
                    + carrier.siteCarrier().code() + " as " + carrier.kind() + " needs";
        } else if (carrier.coreUnit(point.unit()).isEmpty()) {
            problem = point.key() + " counts " + point.unit() + ": " + carrier.kind().unitHint();
        }
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return point;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
