package io.wardwatt.carbon.runtime;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.carbon.LedgerClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Observes {@link LedgerClosed} as the report and submission side will, and notes whether the ledger was already
 * visible to another connection when the event arrived (it must be: the event comes after the commit).
 */
@ApplicationScoped
public class LedgerClosedRecorder {

    /** An event and whether its ledger was committed when it arrived. */
    public record Seen(LedgerClosed event, boolean committed) {
    }

    @Inject
    AgroalDataSource dataSource;

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes LedgerClosed event) {
        seen.add(new Seen(event, committed(event.ledgerId())));
    }

    public List<Seen> of(String site) {
        return seen.stream().filter(s -> s.event().site().equals(site)).toList();
    }

    private boolean committed(long ledgerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from carbon_ledger where id = ?")) {
            ps.setLong(1, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
