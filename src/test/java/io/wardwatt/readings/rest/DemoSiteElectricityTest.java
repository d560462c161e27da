package io.wardwatt.readings.rest;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The demo hospital's electricity, as leadership sees it, is what the two incomers import: the chiller-plant,
 * imaging, PV and battery counters below them are not added on top. Readings go in through the API, the
 * rollup job runs, and the site's consumption is read back. (Sending the same readings again on a later run
 * stores nothing new: the figures stay the same.)
 */
@QuarkusTest
class DemoSiteElectricityTest {

    @Inject
    RollupJob job;

    @Inject
    DataSource dataSource;

    @Test
    void theSitesElectricityIsWhatTheIncomersImport() {
        // 10 January 2024, local day in Shanghai: 2024-01-09T16:00Z .. 2024-01-10T16:00Z; readings at 02:00 and 06:00 UTC. A day
        // before the years other classes put daily readings on the demo site's meters (first write wins: a day they cover
        // would hold their counter values, not these).
        Map<String, double[]> registers = Map.of(
                "HOSP/INC1.KWH", new double[] {1_000_000.0, 1_012_000.0}, // 12,000 kWh
                "HOSP/INC2.KWH", new double[] {2_000_000.0, 2_010_500.0}, // 10,500 kWh
                "HOSP/CHP.KWH", new double[] {500_000.0, 505_000.0}, // chiller plant sub-meter, inside the incomers' figure
                "HOSP/MRI1.KWH", new double[] {80_000.0, 80_200.0}, // imaging sub-meter
                "HOSP/PV.KWH", new double[] {300_000.0, 301_200.0}, // generation, not consumption
                "HOSP/BESS.CHG.KWH", new double[] {40_000.0, 40_300.0}); // storage
        List<Map<String, Object>> readings = new ArrayList<>();
        // the same values at the local day's start and end as well, so that readings other tests put on the demo site's
        // meters at other times (the web UI's, the last two days) spread nothing into this day
        registers.forEach((point, values) -> {
            readings.add(Map.of("point", point, "ts", "2024-01-09T16:00:00Z", "value", values[0]));
            readings.add(Map.of("point", point, "ts", "2024-01-10T02:00:00Z", "value", values[0]));
            readings.add(Map.of("point", point, "ts", "2024-01-10T06:00:00Z", "value", values[1]));
            readings.add(Map.of("point", point, "ts", "2024-01-10T16:00:00Z", "value", values[1]));
        });
        engineer().contentType(ContentType.JSON).body(Map.of("readings", readings)).queryParam("atomic", true)
                .post("/api/readings").then().statusCode(200);
        int[] ids = registers.keySet().stream()
                .mapToInt(key -> leader().get("/api/sites/HOSP/points/" + key.substring(5)).then().statusCode(200).extract().path("id"))
                .toArray();
        new RawReadingFixtures(dataSource).rollUp(job, ids);

        leader().queryParam("from", "2024-01-10").queryParam("to", "2024-01-11").queryParam("resolution", "1d")
                .get("/api/sites/HOSP/consumption").then().statusCode(200)
                .body("carriers.find { it.carrier == 'electricity' }.total", equalTo(22_500.0f)) // 12,000 + 10,500 kWh
                .body("carriers.find { it.carrier == 'electricity' }.points.key", containsInAnyOrder("HOSP/INC1.KWH", "HOSP/INC2.KWH"))
                .body("ignored.key",
                        hasItems("HOSP/CHP.KWH", "HOSP/MRI1.KWH", "HOSP/PV.KWH", "HOSP/BESS.CHG.KWH"));
    }
}
