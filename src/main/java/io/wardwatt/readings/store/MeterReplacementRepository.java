package io.wardwatt.readings.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.wardwatt.readings.rollup.RecordedReplacement;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Meter replacements of counters, as records. */
@ApplicationScoped
public class MeterReplacementRepository implements PanacheRepository<MeterReplacementRow> {

    /**
     * Inserts unless a replacement of the point at that instant exists already (a concurrent retry included:
     * the unique key decides, without an error). Returns whether this call inserted it.
     */
    public boolean insertIfAbsent(int pointId, Instant replacedAt, double oldFinal, double newInitial, String note, String recordedBy) {
        int inserted = getEntityManager().createNativeQuery("insert into meter_replacement "
                        + "(point_id, replaced_at, old_final_value, new_initial_value, note, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6) "
                        + "on conflict (point_id, replaced_at) do nothing")
                .setParameter(1, pointId)
                .setParameter(2, replacedAt)
                .setParameter(3, oldFinal)
                .setParameter(4, newInitial)
                .setParameter(5, note)
                .setParameter(6, recordedBy)
                .executeUpdate();
        return inserted == 1;
    }

    public Optional<RecordedReplacement> find(int pointId, String pointKey, Instant replacedAt) {
        return find("pointId = ?1 and replacedAt = ?2", pointId, replacedAt).firstResultOptional().map(row -> record(row, pointKey));
    }

    public List<RecordedReplacement> ofPoint(int pointId, String pointKey) {
        return find("pointId", Sort.ascending("replacedAt"), pointId).stream().map(row -> record(row, pointKey)).toList();
    }

    private static RecordedReplacement record(MeterReplacementRow row, String pointKey) {
        return new RecordedReplacement(row.id, row.pointId, pointKey, row.replacedAt, row.oldFinalValue, row.newInitialValue,
                row.note, row.recordedBy, row.recordedAt);
    }
}
