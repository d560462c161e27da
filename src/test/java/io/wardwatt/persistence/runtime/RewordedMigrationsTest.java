package io.wardwatt.persistence.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * A database migrated before the migrations' comments were reworded still validates (its rows holding exactly the old
 * checksums are realigned), while a history row with any other checksum is still refused.
 */
@QuarkusTest
class RewordedMigrationsTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDatabaseMigratedWithTheOldWordingValidatesAndAnyOtherChecksumIsStillRefused() throws SQLException {
        RewordedMigrations.Reworded v10 = RewordedMigrations.REWORDED.get(0);
        assertEquals(v10.after(), checksum(v10.version()), "a fresh database has the new wording's checksum");
        try {
            setChecksum(v10.version(), v10.before());
            assertDoesNotThrow(() -> flyway.validate());
            assertEquals(v10.after(), checksum(v10.version()));

            setChecksum(v10.version(), 12345);
            assertThrows(FlywayException.class, () -> flyway.validate(), "a checksum that is neither wording is a changed migration");
            assertEquals(12345, checksum(v10.version()), "left as it was for Flyway to judge");
        } finally {
            setChecksum(v10.version(), v10.after());
        }
    }

    private int checksum(String version) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select checksum from flyway_schema_history where version = ?")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void setChecksum(String version, int checksum) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update flyway_schema_history set checksum = ? where version = ?")) {
            ps.setInt(1, checksum);
            ps.setString(2, version);
            ps.executeUpdate();
        }
    }
}
