package io.wardwatt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across a restart: the demo loses nothing when stopped. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, port);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
             Statement s = c.createStatement()) {
            s.execute("create table kept (v int)");
            s.execute("insert into kept values (42)");
        }
        assertTrue(Files.exists(dir.resolve("PG_VERSION")), "the data directory is reused, not a temporary one");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, port);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }
}
