package io.wardwatt.readings.runtime;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.readings.ReadingBatch;
import io.wardwatt.readings.WriteOutcome;
import io.wardwatt.readings.store.ReadingTableWriter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One flush in one transaction: the readings of its batches and the rollup job's work for every point they
 * touched (see {@link ReadingTableWriter}). Either all of it commits or none. Batches are not audited: ingestion
 * is measurement, not a decision, and is counted in {@link ReadingsMetrics} by source and outcome instead (one
 * audit row per poll of every device buried the decisions the audit log exists for).
 */
@ApplicationScoped
public class BatchCommit {

    @Inject
    AgroalDataSource dataSource;

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
        // The connection is the transaction's own (enlisted by Agroal).
        try (Connection connection = dataSource.getConnection()) {
            return tableWriter.write(connection, batches.stream().map(ReadingBatch::readings).toList());
        }
    }
}
