package io.wardwatt.persistence.runtime;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations whose comments were reworded after they ran (their SQL unchanged): Flyway's checksum covers every line,
 * comments too, so a database migrated with the old wording would refuse to start. Before Flyway validates, a history
 * row that still holds exactly the old wording's checksum is given the new one; any other checksum is left for
 * Flyway to judge, so a migration whose statements really changed is still refused.
 */
@Singleton
public class RewordedMigrations implements FlywayConfigurationCustomizer {

    /** A migration's version with its checksum before and after the rewording. */
    record Reworded(String version, int before, int after) {
    }

    static final List<Reworded> REWORDED = List.of(
            new Reworded("8", 971475146, 521942294), // a ticket number dropped from the first comment line
            new Reworded("10", -843106121, 2104119291), // the same
            new Reworded("11", 1071163783, 71741096), // the same
            new Reworded("12", -981429792, 306486727), // the same, and the goals' moved path in the second line
            new Reworded("14", 1403497184, 230501446)); // a ticket number dropped from the first comment line

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] existing = configuration.getCallbacks();
        Callback[] callbacks = java.util.Arrays.copyOf(existing, existing.length + 1);
        callbacks[existing.length] = new Realign(configuration.getTable());
        configuration.callbacks(callbacks);
    }

    /** Gives the reworded migrations' history rows their new checksums, before validation and migration. */
    static final class Realign implements Callback {

        private final String table;

        Realign(String table) {
            this.table = table;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection c = context.getConnection();
            try {
                if (!historyExists(c)) {
                    return;
                }
                try (PreparedStatement ps = c.prepareStatement("update " + table + " set checksum = ? where version = ? and checksum = ?")) {
                    for (Reworded r : REWORDED) {
                        ps.setInt(1, r.after());
                        ps.setString(2, r.version());
                        ps.setInt(3, r.before());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw new FlywayException("could not realign the reworded migrations' checksums in " + table + ": " + e.getMessage(), e);
            }
        }

        private boolean historyExists(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("select to_regclass(?) is not null")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }

        @Override
        public String getCallbackName() {
            return "wardwatt-reworded-migrations";
        }
    }
}
