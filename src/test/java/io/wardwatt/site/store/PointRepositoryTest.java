package io.wardwatt.site.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.SiteFixtures;
import io.wardwatt.site.ReadingsFixture;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PointRepositoryTest {

    @Inject
    PointRepository points;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void tagsRoundTripThroughTheTextArrayColumn() throws Exception {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        long siteId = fixtures.site("TAGS", "Asia/Shanghai");
        int id = QuarkusTransaction.requiringNew().call(() -> {
            PointRow row = new PointRow();
            row.siteId = siteId;
            row.code = "P1";
            row.name = "Tagged";
            row.unit = "kW";
            row.kind = "VALUE";
            row.tags = List.of("main", "with space?", "ünïcode", "comma,inside");
            row.updatedAt = Instant.now();
            points.persist(row);
            return row.id;
        });
        List<String> read = QuarkusTransaction.requiringNew().call(() -> {
            em.clear();
            return List.copyOf(points.findById(id).tags);
        });
        assertEquals(List.of("main", "with space?", "ünïcode", "comma,inside"), read);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select array_length(tags, 1), tags[4] from point where id = " + id)) {
            assertTrue(rs.next());
            assertEquals(4, rs.getInt(1), "stored as a real text[] of four elements");
            assertEquals("comma,inside", rs.getString(2));
        }
        List<String> found = QuarkusTransaction.requiringNew().call(() -> points.search(siteId,
                new PointRepository.Filter(null, null, null, null, "comma,inside")).stream().map(p -> p.code).toList());
        assertEquals(List.of("P1"), found);
    }

    @Test
    void readingsAreFoundForThePointTheyBelongTo() {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        long siteId = fixtures.site("READ", "Asia/Shanghai");
        int withReadings = fixtures.counterPoint(siteId, null, "C1", "kWh", "electricity", 1e8);
        int without = fixtures.counterPoint(siteId, null, "C2", "kWh", "electricity", 1e8);
        new ReadingsFixture(dataSource).readingFor(withReadings);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> points.hasReadings(withReadings)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> points.hasReadings(without)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> points.hasMeterReplacements(withReadings)));
    }
}
