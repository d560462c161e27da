package io.wardwatt.site;

import static io.wardwatt.site.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.input.InputProblem;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteTest {

    @Test
    void aValidSiteIsTrimmedAndItsAreaKeptToTwoDecimals() {
        Site site = new Site(" HOSP ", "Demo General Hospital", "Asia/Shanghai", 196000.004, "CN-EAST", "CN-SH");
        assertEquals("HOSP", site.code());
        assertEquals(196000.0, site.floorAreaM2());
        assertEquals(ZoneId.of("Asia/Shanghai"), site.zone());
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        List<InputProblem> problems = Problems.of(() -> new Site("no spaces!", " ", "China/Shanghai", 0.0, "east china", "Shanghai"));
        assertEquals(6, problems.size(), Problems.list(problems));
        assertProblem(problems, "code", "is not a code");
        assertProblem(problems, "name", "is required");
        assertProblem(problems, "timeZone", "'China/Shanghai' is not an IANA time zone");
        assertProblem(problems, "floorAreaM2", "must be more than 0 m²");
        assertProblem(problems, "gridRegion", "is not a grid region code");
        assertProblem(problems, "province", "is not an ISO 3166-2 subdivision code");
    }

    @Test
    void anOffsetIsNotATimeZone() {
        assertProblem(Problems.of(() -> new Site("S", "S", "+08:00", 1.0, "CN-EAST", "CN-SH")), "timeZone", "is not an IANA time zone");
    }

    @Test
    void missingFieldsAreRequired() {
        List<InputProblem> problems = Problems.of(() -> new Site(null, null, null, null, null, null));
        assertEquals(6, problems.size(), Problems.list(problems));
        problems.forEach(p -> assertEquals("is required", p.problem()));
    }

    @Test
    void anAreaBeyondTheStoreIsRefused() {
        assertProblem(Problems.of(() -> new Site("S", "S", "UTC", 2e9, "CN-EAST", "CN-SH")), "floorAreaM2", "must be less than");
        assertProblem(Problems.of(() -> new Site("S", "S", "UTC", Double.NaN, "CN-EAST", "CN-SH")), "floorAreaM2", "finite");
    }
}
