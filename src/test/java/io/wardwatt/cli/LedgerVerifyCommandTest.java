package io.wardwatt.cli;

import static io.wardwatt.TestUsers.reporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger verify} run in-process against the running service, as an auditor would run it from a shell. */
@QuarkusTest
class LedgerVerifyCommandTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(dataSource, job);
    }

    private int run(String... args) {
        command.reset();
        return command.run(args);
    }

    private String password(String password) throws IOException {
        Path file = dir.resolve("password-" + password.hashCode());
        Files.writeString(file, password + "\n");
        return file.toString();
    }

    @Test
    void aClosedMonthVerifiesAndAChangedReadingDoesNot() throws IOException {
        Hospital h = fixtures.hospital("LCLI");
        fixtures.septemberAndOctober(h);
        String hash = reporter().post("/api/sites/" + h.code() + "/carbon/ledgers/2026-09/close").then().statusCode(201).extract().path("contentHash");
        String auditor = password("wardwatt-auditor");

        assertEquals(0, run("ledger", "verify", "--site", h.code(), "--month", "2026-09", "--url", service.toString(), "--user", "auditor",
                "--password-file", auditor), command.err());
        assertTrue(command.out().contains("\"ok\" : true"), command.out());
        assertTrue(command.err().contains(h.code() + " 2026-09 v1 verified, hash " + hash));

        fixtures.sql("update reading set value = 1110000 where point_id = " + h.inc1() + " and ts = '" + LedgerFixtures.OCT_START + "'");
        assertEquals(1, run("ledger", "verify", "--site", h.code(), "--month", "2026-09", "--url", service.toString(), "--user", "auditor",
                "--password-file", auditor));
        assertTrue(command.err().contains("does NOT verify"), command.err());
        assertTrue(command.out().contains("/compliance/purchasedElectricityMwh"));

        assertEquals(2, run("ledger", "verify", "--site", h.code(), "--month", "2026-10", "--url", service.toString(), "--user", "auditor",
                "--password-file", auditor));
        assertTrue(command.err().contains("the month is open"), command.err());
        assertEquals(2, run("ledger", "verify", "--site", h.code(), "--month", "2026-09", "--url", service.toString(), "--user", "auditor",
                "--password-file", password("wrong")));
        assertTrue(command.err().contains("refused the login (401)"));
        assertEquals(2, run("ledger", "verify", "--site", h.code(), "--month", "2026-09", "--url", service.toString(), "--user", "engineer",
                "--password-file", password("wardwatt-engineer")));
        assertTrue(command.err().contains("refused the login (403)"));
    }

    @Test
    void badUsageAndNoService() throws IOException {
        assertEquals(2, run("ledger", "verify", "--month", "2026-09", "--user", "auditor", "--password-file", password("x")));
        assertTrue(command.err().contains("--site is required"));
        assertEquals(2, run("ledger", "verify", "--site", "HOSP", "--month", "2026-9", "--user", "auditor", "--password-file", password("x")));
        assertTrue(command.err().contains("--month takes YYYY-MM"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertEquals(1, run("ledger", "verify", "--site", "HOSP", "--month", "2026-09", "--url", "http://127.0.0.1:" + port, "--user", "auditor",
                "--password-file", password("x")));
        assertTrue(command.err().contains("no service at http://127.0.0.1:" + port), command.err());
    }
}
