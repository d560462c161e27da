package io.wardwatt.readings.runtime;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.readings.ReadingBatch;
import io.wardwatt.readings.WriteOutcome;
import io.wardwatt.readings.store.ReadingTableWriter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One flush in one transaction: the readings of its batches, the rollup job's work for every point they
 * touched (see {@link ReadingTableWriter}), and one audit entry per batch. Either all of it commits or none.
 */
@ApplicationScoped
public class BatchCommit {

    /** The audit log's record of an ingested batch. */
    public record IngestedBatch(String source, int readings, int inserted, int duplicates, int conflicting,
                                int points, Instant from, Instant to) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    ReadingsConfig config;

    private ReadingTableWriter tableWriter;

    @PostConstruct
    void init() {
        tableWriter = new ReadingTableWriter(config.writer().copyFormat());
    }

    /** Stores the batches; one outcome per batch, in order. A checked failure rolls everything back too. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public List<WriteOutcome> store(List<ReadingBatch> batches) throws SQLException {
        List<WriteOutcome> outcomes;
        // The connection is the transaction's own: the audit entries below go through the same one.
        try (Connection connection = dataSource.getConnection()) {
            outcomes = tableWriter.write(connection, batches.stream().map(ReadingBatch::readings).toList());
        }
        for (int i = 0; i < batches.size(); i++) {
            audit.record("ingest", "readings", batches.get(i).source(), null, summary(batches.get(i), outcomes.get(i)));
        }
        return outcomes;
    }

    private static IngestedBatch summary(ReadingBatch batch, WriteOutcome outcome) {
        return new IngestedBatch(batch.source(), batch.size(), outcome.inserted(), outcome.duplicates(), outcome.conflicting(),
                batch.pointCount(), batch.earliest(), batch.latest());
    }
}
