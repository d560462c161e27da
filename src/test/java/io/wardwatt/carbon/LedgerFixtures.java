package io.wardwatt.carbon;

import static io.wardwatt.TestUsers.engineer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A hospital for ledger tests, on the demo's configuration (wardwatt.carbon.activities: electricity = INC1.KWH +
 * INC2.KWH, pv_generated = PV.KWH, natural_gas = GAS.M3) in Shanghai, with readings written as the ingestion writer
 * writes them. Month boundaries are local (UTC+8): 1 September 2026 00:00 is 2026-08-31T16:00Z.
 */
public final class LedgerFixtures {

    /** Numbers kept as written (93.500 stays 93.500), so a test reads the reported digits. */
    public static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    public static final String SEP_START = "2026-08-31T16:00:00Z";
    public static final String SEP_MID = "2026-09-15T04:00:00Z";
    public static final String OCT_START = "2026-09-30T16:00:00Z";
    public static final String NOV_START = "2026-10-31T16:00:00Z";

    private final DataSource dataSource;
    private final SiteFixtures sites;
    private final RawReadingFixtures raw;
    private final RollupJob job;

    public LedgerFixtures(DataSource dataSource, RollupJob job) {
        this.dataSource = dataSource;
        this.sites = new SiteFixtures(dataSource);
        this.raw = new RawReadingFixtures(dataSource);
        this.job = job;
    }

    /** The site's code and its counters' ids. */
    public record Hospital(String code, long id, int inc1, int inc2, int pv, int gas) {
    }

    /** A hospital in Shanghai with the four counters the configuration names, and no readings. */
    public Hospital hospital(String prefix) {
        long id = sites.site(prefix, "Asia/Shanghai");
        return new Hospital(sites.siteCode(id), id, sites.counterPoint(id, null, "INC1.KWH", "kWh", "electricity", 99_999_999.9),
                sites.counterPoint(id, null, "INC2.KWH", "kWh", "electricity", 99_999_999.9),
                sites.counterPoint(id, null, "PV.KWH", "kWh", "electricity", 99_999_999.9),
                sites.counterPoint(id, null, "GAS.M3", "m3", "natural_gas", 99_999_999.9));
    }

    /**
     * Readings of September and October 2026: incomer 1 100,000 then 60,000 kWh, incomer 2 50,000 then 40,000 kWh,
     * PV 2,000 then 1,500 kWh, gas 10,000 then 8,000 m3 (registers read at the local month boundaries and mid-September).
     */
    public void septemberAndOctober(Hospital h) {
        raw.batch(h.inc1(), SEP_START, 1_000_000.0, SEP_MID, 1_050_000.0, OCT_START, 1_100_000.0, NOV_START, 1_160_000.0);
        raw.batch(h.inc2(), SEP_START, 500_000.0, SEP_MID, 520_000.0, OCT_START, 550_000.0, NOV_START, 590_000.0);
        raw.batch(h.pv(), SEP_START, 20_000.0, OCT_START, 22_000.0, NOV_START, 23_500.0);
        raw.batch(h.gas(), SEP_START, 300_000.0, SEP_MID, 304_000.0, OCT_START, 310_000.0, NOV_START, 318_000.0);
        raw.rollUp(job, h.inc1(), h.inc2(), h.pv(), h.gas());
    }

    public RawReadingFixtures raw() {
        return raw;
    }

    /** An entry's body: the fields given as pairs. */
    public static Map<String, Object> entry(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** Posts an entry as the engineer. */
    public static ValidatableResponse post(Map<String, Object> body) {
        return engineer().contentType(ContentType.JSON).body(body).post("/api/sites/" + body.get("site") + "/carbon/activities").then();
    }

    public static JsonNode json(String text) {
        try {
            return EXACT.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs SQL as the table owner, e.g. to change a row behind the service's back with its trigger disabled. */
    public void sql(String... statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... args) {
        return raw.number(sql, args);
    }
}
