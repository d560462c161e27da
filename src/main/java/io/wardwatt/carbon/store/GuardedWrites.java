package io.wardwatt.carbon.store;

import io.wardwatt.input.StateConflictException;
import java.sql.SQLException;

/**
 * The database's own guards on the carbon tables raise SQLSTATE {@value #CLOSED_MONTH} (an entry for a closed month, a
 * chain that does not fit): the service checks first, so this only happens in a race, and is answered as the service's
 * own check would be, 409.
 */
final class GuardedWrites {

    static final String CLOSED_MONTH = "WL409";

    private GuardedWrites() {
    }

    /** The guard's refusal as a conflict; any other failure as it was. */
    static RuntimeException translate(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CLOSED_MONTH.equals(sql.getSQLState())) {
                String message = sql.getMessage();
                int context = message.indexOf("\n");
                return new StateConflictException((context > 0 ? message.substring(0, context) : message).replaceFirst("^ERROR: ", ""));
            }
        }
        return failure;
    }
}
