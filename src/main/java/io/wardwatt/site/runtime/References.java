package io.wardwatt.site.runtime;

import io.wardwatt.input.StateConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.stream.Collectors;

/** Wording and a safety net for "still referenced" conflicts. */
final class References {

    private static final int LISTED = 5;

    private References() {
    }

    /** "ICU-1, ICU-2 and 3 more". */
    static String list(List<String> codes) {
        String shown = codes.stream().limit(LISTED).collect(Collectors.joining(", "));
        return codes.size() > LISTED ? shown + " and " + (codes.size() - LISTED) + " more" : shown;
    }

    /**
     * Flushes a delete now, so a reference the checks before it did not know of (a table added later with a
     * foreign key to this one) becomes a 409 naming the entity rather than a failure at commit.
     */
    static void flushOrConflict(EntityManager em, String what) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new StateConflictException("Cannot delete " + what + ": it is still referenced (" + rootMessage(e) + ")");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
