package io.wardwatt.readings.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure worth retrying (the database restarting, a dropped connection, a full pool, a deadlock
 * between two writers) from one that will fail again (bad SQL, a constraint). Retrying a batch is safe because
 * writes are idempotent: if a commit was in flight when the connection dropped, the retry finds duplicates.
 */
public final class SqlFailures {

    /** Deadlock, serialization failure, too many connections, admin/crash shutdown, cannot connect now, query canceled by a timeout. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "53300", "57P01", "57P02", "57P03", "57014");

    private SqlFailures() {
    }

    /** True when the failure, or any cause of it, says the database was unreachable or busy rather than the data wrong. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // The pool reports an acquisition timeout without a state; the driver's own errors always carry one.
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return message.contains("acquisition timeout") || message.contains("connection is closed");
        }
        return state.startsWith("08") || RETRYABLE_STATES.contains(state);
    }
}
