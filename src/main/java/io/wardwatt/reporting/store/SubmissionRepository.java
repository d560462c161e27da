package io.wardwatt.reporting.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.wardwatt.persistence.NativeValues;
import io.wardwatt.reporting.ClaimedSubmission;
import io.wardwatt.reporting.PlatformReport;
import io.wardwatt.reporting.Submission;
import io.wardwatt.reporting.SubmissionOutcome;
import io.wardwatt.reporting.SubmissionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The submission outbox. A sender claims a row (SKIP LOCKED, so senders in several threads or instances never take the
 * same row) and records its result with a conditional update on the attempt it claimed: the result of a sender whose
 * lease ran out, and whose row another sender took, is dropped instead of written over the newer attempt.
 */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepository<SubmissionRow> {

    /** The outbox at a glance, for the health check and the backlog gauge. */
    public record Backlog(long pending, long retrying, long sending, long rejected, long accepted, Instant oldestDueAt,
                          Instant oldestUnacceptedAt, String lastError) {

        /** Rows still to be accepted by the platform (rejected rows wait for a person, not for the submitter). */
        public long waiting() {
            return pending + retrying + sending;
        }
    }

    public Submission insert(PlatformReport report, String enqueuedBy, Instant now) {
        SubmissionRow row = new SubmissionRow();
        row.site = report.site();
        row.period = report.period().toString();
        row.reportVersion = report.reportVersion();
        row.reportId = report.reportId();
        row.idempotencyKey = report.idempotencyKey();
        row.contentHash = report.contentHash();
        row.payload = report.json();
        row.status = SubmissionStatus.PENDING.code();
        row.nextAttemptAt = micros(now);
        row.enqueuedBy = enqueuedBy;
        row.createdAt = micros(now);
        row.updatedAt = micros(now);
        persist(row);
        flush();
        return find(row.id).orElseThrow();
    }

    public Optional<Submission> find(long id) {
        return heads("where s.id = :id", Parameters.with("id", id), 1).stream().findFirst();
    }

    public Optional<String> payload(long id) {
        return findByIdOptional(id).map(row -> row.payload);
    }

    public Optional<Submission> findVersion(String site, YearMonth period, int reportVersion) {
        return heads("where s.site = :site and s.period = :period and s.reportVersion = :version",
                Parameters.with("site", site).and("period", period.toString()).and("version", reportVersion), 1).stream().findFirst();
    }

    /** Newest first; every filter is optional. */
    public List<Submission> list(SubmissionStatus status, String site, YearMonth period, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("s.status = :status");
            parameters.and("status", status.code());
        }
        if (site != null) {
            where.add("s.site = :site");
            parameters.and("site", site);
        }
        if (period != null) {
            where.add("s.period = :period");
            parameters.and("period", period.toString());
        }
        return heads(where.isEmpty() ? "" : "where " + String.join(" and ", where), parameters, limit);
    }

    /** Serialises, until the caller's transaction ends, everyone enqueueing the same site, month and version. */
    public void lockVersion(String site, YearMonth period, int reportVersion) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('report_submission'), hashtext(?1))")
                .setParameter(1, site + ":" + period + ":v" + reportVersion).getSingleResult();
    }

    /**
     * Claims the next row due at {@code now}: pending or retrying with its next attempt due, or sending with its lease run
     * out (its sender died). Counts the attempt and sets the lease. Rows in {@code skipped} (tried in this run) are left.
     */
    public Optional<ClaimedSubmission> claimNext(Instant now, Instant leaseUntil, Collection<Long> skipped) {
        List<Long> skip = skipped.isEmpty() ? List.of(-1L) : List.copyOf(skipped);
        @SuppressWarnings("unchecked")
        List<Object[]> due = getEntityManager().createNativeQuery("select id, attempts, idempotency_key, report_id, payload from report_submission "
                        + "where ((status in ('pending', 'retrying') and next_attempt_at <= :now) or (status = 'sending' and lease_until <= :now)) "
                        + "and id not in (:skipped) "
                        + "order by case when status = 'sending' then lease_until else next_attempt_at end, id limit 1 for update skip locked")
                .setParameter("now", micros(now)).setParameter("skipped", skip).getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = due.get(0);
        long id = ((Number) row[0]).longValue();
        int attempt = ((Number) row[1]).intValue() + 1;
        update("status = 'sending', attempts = :attempt, leaseUntil = :lease, updatedAt = :now where id = :id",
                Parameters.with("attempt", attempt).and("lease", micros(leaseUntil)).and("now", micros(now)).and("id", id));
        return Optional.of(new ClaimedSubmission(id, attempt, (String) row[2], (String) row[3], (String) row[4]));
    }

    /** sending (this attempt) -> accepted, with the receipt. */
    public boolean accepted(ClaimedSubmission claim, SubmissionOutcome.Accepted outcome, Instant now) {
        return update("status = 'accepted', receiptId = :receiptId, receipt = :receipt, acceptedAt = :now, updatedAt = :now, leaseUntil = null, "
                        + "lastHttpStatus = :http where id = :id and status = 'sending' and attempts = :attempt",
                Parameters.with("receiptId", outcome.receiptId()).and("receipt", outcome.receipt()).and("now", micros(now))
                        .and("http", outcome.httpStatus()).and("id", claim.id()).and("attempt", claim.attempt())) == 1;
    }

    /** sending (this attempt) -> retrying, due again at {@code next}. */
    public boolean retrying(ClaimedSubmission claim, String error, Integer httpStatus, Instant next, Instant now) {
        return update("status = 'retrying', nextAttemptAt = :next, lastError = :error, lastHttpStatus = :http, updatedAt = :now, leaseUntil = null "
                        + "where id = :id and status = 'sending' and attempts = :attempt",
                Parameters.with("next", micros(next)).and("error", error).and("http", httpStatus).and("now", micros(now))
                        .and("id", claim.id()).and("attempt", claim.attempt())) == 1;
    }

    /** sending (this attempt) -> rejected, with the error. */
    public boolean rejected(ClaimedSubmission claim, String error, Integer httpStatus, Instant now) {
        return update("status = 'rejected', lastError = :error, lastHttpStatus = :http, updatedAt = :now, leaseUntil = null "
                        + "where id = :id and status = 'sending' and attempts = :attempt",
                Parameters.with("error", error).and("http", httpStatus).and("now", micros(now)).and("id", claim.id())
                        .and("attempt", claim.attempt())) == 1;
    }

    /** rejected -> pending, due now, counted as a manual retry; false when the row is not rejected. */
    public boolean backToPending(long id, Instant now) {
        return update("status = 'pending', manualRetries = manualRetries + 1, nextAttemptAt = :now, updatedAt = :now "
                + "where id = :id and status = 'rejected'", Parameters.with("now", micros(now)).and("id", id)) == 1;
    }

    public Backlog backlog() {
        Object[] counts = (Object[]) getEntityManager().createNativeQuery("select "
                + "count(*) filter (where status = 'pending'), count(*) filter (where status = 'retrying'), "
                + "count(*) filter (where status = 'sending'), count(*) filter (where status = 'rejected'), "
                + "count(*) filter (where status = 'accepted'), "
                + "min(next_attempt_at) filter (where status in ('pending', 'retrying')), "
                + "min(created_at) filter (where status in ('pending', 'retrying', 'sending')), "
                + "(select last_error from report_submission where last_error is not null and status <> 'accepted' order by updated_at desc limit 1) "
                + "from report_submission").getSingleResult();
        return new Backlog(count(counts[0]), count(counts[1]), count(counts[2]), count(counts[3]), count(counts[4]), NativeValues.instant(counts[5]),
                NativeValues.instant(counts[6]), (String) counts[7]);
    }

    private List<Submission> heads(String where, Parameters parameters, int limit) {
        var query = getEntityManager().createQuery(SubmissionHead.SELECT + where + " order by s.createdAt desc, s.id desc", SubmissionHead.class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(SubmissionHead::toSubmission).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
