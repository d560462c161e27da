package io.wardwatt.readings.runtime;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.query.CarrierBucket;
import io.wardwatt.readings.query.CarrierConsumption;
import io.wardwatt.readings.query.MeterSelection;
import io.wardwatt.readings.query.QueryPeriod;
import io.wardwatt.readings.query.Resolution;
import io.wardwatt.readings.query.SeriesBuckets;
import io.wardwatt.readings.query.SiteConsumption;
import io.wardwatt.readings.query.SpaceNode;
import io.wardwatt.readings.rollup.BucketConsumption;
import io.wardwatt.readings.store.RollupQueries;
import io.wardwatt.readings.store.RollupTable;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Consumption per energy carrier of a site or space subtree, added up over the counters {@link MeterSelection} chooses. */
@ApplicationScoped
public class RollupConsumptionReader {

    @Inject
    PointDirectory points;

    @Inject
    RollupQueries queries;

    @Inject
    RollupConfig config;

    public SiteConsumption consumption(String siteCode, String from, String to, String resolution, String spaceCode) {
        RollupQueries.SiteRef site = queries.site(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
        QueryPeriod period = QueryPeriod.parse(from, to, resolution, site.zone(), config.query().maxRows(),
                Resolution.HOUR, Resolution.DAY, Resolution.MONTH);
        List<SpaceNode> spaces = queries.spaces(site.id());
        List<MeasurementPoint> sitePoints = points.ofSite(site.id());
        MeterSelection selection;
        if (spaceCode == null || spaceCode.isBlank()) {
            selection = MeterSelection.forSite(spaces, sitePoints);
        } else {
            SpaceNode space = spaces.stream().filter(s -> s.code().equals(spaceCode)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("space", "site " + siteCode + " has no space '" + spaceCode + "'"));
            selection = MeterSelection.forSpace(spaces, sitePoints, space.id());
        }
        List<SiteConsumption.IgnoredPoint> ignored = new ArrayList<>();
        selection.ignored().forEach(i -> ignored.add(new SiteConsumption.IgnoredPoint(i.point().id(), i.point().key(), i.reason())));
        List<CarrierConsumption> carriers = new ArrayList<>();
        for (Map.Entry<EnergyCarrier, List<MeasurementPoint>> entry : selection.used().entrySet()) {
            EnergyCarrier carrier = entry.getKey();
            List<MeasurementPoint> used = new ArrayList<>();
            for (MeasurementPoint p : entry.getValue()) {
                if (carrier.accepts(p.unit())) {
                    used.add(p);
                } else {
                    ignored.add(new SiteConsumption.IgnoredPoint(p.id(), p.key(), "unit " + p.unit() + " is not a unit of " + carrier.code()));
                }
            }
            carriers.add(carrier(carrier, used, period, site.zone(), spaces));
        }
        return new SiteConsumption(site.code(), spaceCode, site.zone().getId(), period.resolution().code(), period.from(), period.to(),
                MeterSelection.RULE, carriers, ignored);
    }

    private CarrierConsumption carrier(EnergyCarrier carrier, List<MeasurementPoint> used, QueryPeriod period, ZoneId zone,
                                       List<SpaceNode> spaces) {
        List<Integer> ids = used.stream().map(MeasurementPoint::id).toList();
        List<CarrierBucket> buckets = new ArrayList<>();
        if (period.resolution() == Resolution.HOUR) {
            SortedMap<Instant, BucketConsumption> sum = new TreeMap<>();
            Map<Integer, SortedMap<Instant, BucketConsumption>> rows = ids.isEmpty() ? Map.of()
                    : queries.consumption(RollupTable.HOUR, ids, period.from(), period.to());
            for (MeasurementPoint p : used) {
                rows.getOrDefault(p.id(), new TreeMap<>()).forEach((k, c) -> sum.merge(k, canonical(c, p, carrier), BucketConsumption::plus));
            }
            sum.forEach((start, c) -> buckets.add(new CarrierBucket(start.toString(), start, start.plusSeconds(3600), c.quantity(), c.anomalies())));
        } else {
            SortedMap<LocalDate, BucketConsumption> sum = new TreeMap<>();
            Map<Integer, SortedMap<LocalDate, BucketConsumption>> rows = ids.isEmpty() ? Map.of()
                    : queries.consumptionDays(ids, period.firstDay(), period.endDay());
            for (MeasurementPoint p : used) {
                rows.getOrDefault(p.id(), new TreeMap<>()).forEach((k, c) -> sum.merge(k, canonical(c, p, carrier), BucketConsumption::plus));
            }
            if (period.resolution() == Resolution.MONTH) {
                SeriesBuckets.monthly(sum).forEach((month, c) -> buckets.add(new CarrierBucket(month.toString(), start(month, zone),
                        start(month.plusMonths(1), zone), c.quantity(), c.anomalies())));
            } else {
                sum.forEach((day, c) -> buckets.add(new CarrierBucket(day.toString(), day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant(), c.quantity(), c.anomalies())));
            }
        }
        double total = buckets.stream().mapToDouble(CarrierBucket::quantity).sum();
        int anomalies = buckets.stream().mapToInt(CarrierBucket::anomalies).sum();
        List<CarrierConsumption.MeterUsed> meters = used.stream().map(p -> new CarrierConsumption.MeterUsed(p.id(), p.key(), p.unit(),
                spaces.stream().filter(s -> s.id() == (p.spaceId() == null ? -1 : p.spaceId())).map(SpaceNode::code).findFirst().orElse(null)))
                .toList();
        return new CarrierConsumption(carrier.code(), carrier.canonicalUnit(), total, anomalies, meters, buckets);
    }

    private static BucketConsumption canonical(BucketConsumption c, MeasurementPoint p, EnergyCarrier carrier) {
        return new BucketConsumption(carrier.toCanonical(c.quantity(), p.unit()), c.anomalies());
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
