package io.wardwatt.readings.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.rollup.NewMeterReplacement;
import io.wardwatt.readings.rollup.RecordedReplacement;
import io.wardwatt.readings.store.MeterReplacementRepository;
import io.wardwatt.readings.store.RollupStore;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Records meter replacements of counters: validated against the point, idempotent on (point, instant),
 * audited, and followed by a recompute of the consumption around the swap.
 */
@ApplicationScoped
public class MeterReplacements {

    /** The replacement as stored, and whether this call created it (false: the same one was recorded before). */
    public record Outcome(RecordedReplacement replacement, boolean created) {
    }

    @Inject
    PointDirectory points;

    @Inject
    MeterReplacementRepository replacements;

    @Inject
    RollupStore rollups;

    @Inject
    AuditTrail audit;

    @Transactional
    public Outcome record(int pointId, NewMeterReplacement request, String recordedBy) {
        MeasurementPoint point = point(pointId);
        List<InputProblem> problems = request.problems(point);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        boolean created = replacements.insertIfAbsent(pointId, request.replacedAt(), request.oldFinalValue(), request.newInitialValue(),
                note, recordedBy);
        RecordedReplacement stored = replacements.find(pointId, point.key(), request.replacedAt()).orElseThrow();
        if (!created) {
            if (!request.sameAs(stored)) {
                throw new StateConflictException("Point " + point.key() + " already has a different meter replacement recorded at "
                        + stored.replacedAt() + " (old final " + stored.oldFinalValue() + ", new initial " + stored.newInitialValue()
                        + "); replacements are not edited");
            }
            return new Outcome(stored, false);
        }
        audit.record("create", "meter_replacement", point.key() + "@" + stored.replacedAt(), null, stored);
        // The steps around the swap change: the job reaches out to the readings on either side.
        rollups.queue(pointId, stored.replacedAt(), stored.replacedAt());
        return new Outcome(stored, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordedReplacement> list(int pointId) {
        MeasurementPoint point = point(pointId);
        return replacements.ofPoint(pointId, point.key());
    }

    private MeasurementPoint point(int pointId) {
        return points.byId(pointId).orElseThrow(() -> new UnknownEntityException("point", pointId));
    }
}
