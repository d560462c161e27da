package io.wardwatt.readings.store;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.readings.MonthlyPartition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the monthly partitions of {@code reading} exist before a batch is written (PARTITIONED mode).
 * A partition is created once, in its own short transaction (CREATE TABLE ... PARTITION OF locks the parent
 * table, which must not be held for the length of a batch), under an advisory lock so that two writers or two
 * service instances do not race; the months known to exist are remembered, so the catalog is asked once.
 */
@ApplicationScoped
public class MonthlyPartitions {

    /** Advisory lock key of partition creation ("wardwatt" "reading" in ASCII, any constant would do). */
    private static final long CREATE_LOCK = 0x7761_7264_7265_6164L;

    @Inject
    AgroalDataSource dataSource;

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile boolean catalogRead;

    /** The partitions among {@code months} not known to exist yet; empty in the common case, without I/O. */
    public List<MonthlyPartition> missing(Collection<MonthlyPartition> months) throws SQLException {
        if (!catalogRead) {
            readCatalog();
        }
        return months.stream().filter(m -> !known.contains(m.tableName())).toList();
    }

    /**
     * Creates the partitions (those that exist already are left alone) in a transaction of their own, and
     * remembers them once committed. Call it outside any other transaction.
     */
    public void create(Collection<MonthlyPartition> months) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute("select pg_advisory_xact_lock(" + CREATE_LOCK + ")");
                for (MonthlyPartition month : months) {
                    sql.execute("create table if not exists " + month.tableName() + " partition of reading for values from ('"
                            + month.from() + "') to ('" + month.to() + "')");
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        months.forEach(m -> known.add(m.tableName()));
    }

    /** The months remembered as existing; for the health check and tests. */
    public int knownCount() {
        return known.size();
    }

    private void readCatalog() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                     + "where i.inhparent = 'reading'::regclass")) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        catalogRead = true;
    }
}
