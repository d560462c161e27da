package io.wardwatt.forecast.visits;

import java.util.List;

/**
 * What an import of visit counts did. A count whose key was stored already with another value replaces it (latest
 * wins); each such conflict is listed so that the sender sees what it overwrote.
 */
public record VisitImport(String site, String source, int received, int inserted, int unchanged, List<Replaced> replaced) {

    public VisitImport {
        replaced = List.copyOf(replaced);
    }

    /** A stored count replaced by the import. */
    public record Replaced(String key, int before, int after, String beforeSource) {
    }
}
