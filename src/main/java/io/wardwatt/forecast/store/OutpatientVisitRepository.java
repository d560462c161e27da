package io.wardwatt.forecast.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.wardwatt.forecast.visits.VisitCount;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.forecast.visits.VisitImport;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outpatient visit counts: stored latest-wins per site, date and hour; read back as daily totals. */
@ApplicationScoped
public class OutpatientVisitRepository implements PanacheRepository<OutpatientVisitRow> {

    /**
     * Stores the counts in the caller's transaction. Two imports for one site at once are serialised, so each sees the
     * other's counts as stored and reports the replacement.
     */
    public VisitImport store(String site, String source, List<VisitCount> counts) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('outpatient_visits'), hashtext(?1))")
                .setParameter(1, site).getSingleResult();
        LocalDate first = counts.stream().map(VisitCount::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = counts.stream().map(VisitCount::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, OutpatientVisitRow> stored = new HashMap<>();
        find("site = ?1 and visitDate between ?2 and ?3", site, first, last)
                .<OutpatientVisitRow>stream().forEach(row -> stored.put(key(row), row));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int inserted = 0;
        int unchanged = 0;
        List<VisitImport.Replaced> replaced = new ArrayList<>();
        for (VisitCount count : counts) {
            OutpatientVisitRow row = stored.get(count.key());
            if (row == null) {
                row = new OutpatientVisitRow();
                row.site = site;
                row.visitDate = count.date();
                row.visitHour = count.hour() == null ? null : count.hour().shortValue();
                row.visits = count.visits();
                row.source = source;
                row.importedAt = now;
                persist(row);
                inserted++;
            } else if (row.visits == count.visits()) {
                unchanged++;
            } else {
                replaced.add(new VisitImport.Replaced(count.key(), row.visits, count.visits(), row.source));
                row.visits = count.visits();
                row.source = source;
                row.importedAt = now;
            }
        }
        return new VisitImport(site, source, counts.size(), inserted, unchanged, replaced);
    }

    /** Daily totals from {@code from} to {@code to} inclusive: a day's own count where sent, else the sum of its hours. */
    @SuppressWarnings("unchecked")
    public List<VisitDay> days(String site, LocalDate from, LocalDate to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select visit_date,
                               coalesce(max(visits) filter (where visit_hour is null), sum(visits) filter (where visit_hour is not null)),
                               case when bool_or(visit_hour is null) then 0 else count(*) end
                        from outpatient_visits where site = ?1 and visit_date between ?2 and ?3
                        group by visit_date order by visit_date""")
                .setParameter(1, site).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new VisitDay(toDate(r[0]), ((Number) r[1]).longValue(), ((Number) r[2]).intValue())).toList();
    }

    /** The latest date with a count for the site, if any. */
    public Optional<LocalDate> latestDay(String site) {
        Object latest = getEntityManager().createNativeQuery("select max(visit_date) from outpatient_visits where site = ?1")
                .setParameter(1, site).getSingleResult();
        return Optional.ofNullable(latest).map(OutpatientVisitRepository::toDate);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static String key(OutpatientVisitRow row) {
        return new VisitCount(row.visitDate, row.visitHour == null ? null : row.visitHour.intValue(), row.visits).key();
    }
}
