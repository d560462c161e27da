package io.wardwatt.readings.store;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.readings.StorageMode;
import io.wardwatt.readings.StorageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads the storage mode the migration chose ({@code storage_mode}) and checks it still holds: in
 * TIMESCALEDB mode the extension must really be installed in this database.
 */
@ApplicationScoped
public class StorageModeProbe {

    @Inject
    AgroalDataSource dataSource;

    /** @throws SQLException when the database cannot be reached */
    public StorageStatus probe() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.setQueryTimeout(5);
            StorageMode mode;
            String detail;
            try (ResultSet rs = sql.executeQuery("select mode, detail from storage_mode")) {
                if (!rs.next()) {
                    return StorageStatus.broken(StorageMode.PARTITIONED, "storage_mode is empty: the readings migration did not finish");
                }
                mode = StorageMode.valueOf(rs.getString("mode"));
                detail = rs.getString("detail");
            }
            if (mode == StorageMode.TIMESCALEDB) {
                try (ResultSet rs = sql.executeQuery("select extversion from pg_extension where extname = 'timescaledb'")) {
                    if (!rs.next()) {
                        return StorageStatus.broken(mode, "storage_mode says TIMESCALEDB but the timescaledb extension is not installed");
                    }
                    detail = "timescaledb " + rs.getString(1);
                }
            }
            return StorageStatus.ok(mode, detail);
        }
    }
}
