package io.wardwatt.web;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.wardwatt.TestUsers;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API's conventions (docs/api.md): a site is a path segment under /api/sites/{site}, never a query parameter; the old
 * forms answer 301 (reads) or 410 (writes) naming the new path; no JSON type carries a time without an offset. The rules
 * are checked on every resource method, so a new endpoint that breaks one fails here.
 */
@QuarkusTest
class ApiConventionTest {

    /** Paths under /api that are not a site's: each was decided to be global (docs/api.md, "Site scoping"). */
    private static final List<String> GLOBAL = List.of("/api/me", "/api/users", "/api/sites", "/api/sites/import",
            "/api/acquisition/templates", "/api/standby/standards", "/api/reports/platform", "/api/audit", "/api/readings",
            "/api/series", "/api/points/{pointId}", "/api/weather/provider", "/api/sim/");

    private static final Pattern SITE_SCOPED = Pattern.compile("^/api/sites/\\{(site|siteCode)}(/.*)?$");

    /** One resource method: its HTTP method, full path template and the Java method. */
    record Endpoint(String httpMethod, String template, Method method) {
        @Override
        public String toString() {
            return httpMethod + " " + template + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    // --- every resource method keeps the rules -----------------------------------------------------------------

    @Test
    void aSiteIsAPathSegmentUnderApiSitesNeverAQueryParameter() {
        List<String> broken = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (!e.template().startsWith("/api/")) {
                continue;
            }
            for (Parameter p : e.method().getParameters()) {
                QueryParam query = p.getAnnotation(QueryParam.class);
                if (query != null && (query.value().equals("site") || query.value().equals("siteCode"))) {
                    broken.add(e + ": the site is a query parameter");
                }
                PathParam path = p.getAnnotation(PathParam.class);
                if (path != null && (path.value().equals("site") || path.value().equals("siteCode"))
                        && !SITE_SCOPED.matcher(e.template()).matches()) {
                    broken.add(e + ": the site is in the path but not as /api/sites/{site}/...");
                }
            }
            boolean global = GLOBAL.stream().anyMatch(g -> e.template().equals(g) || e.template().startsWith(g.endsWith("/") ? g : g + "/"));
            if (!SITE_SCOPED.matcher(e.template()).matches() && !global) {
                broken.add(e + ": neither under /api/sites/{site} nor a path decided to be global (docs/api.md, ApiConventionTest.GLOBAL)");
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noJsonTypeOfTheApiCarriesATimeWithoutAnOffset() {
        List<String> broken = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            List<String> path = new ArrayList<>();
            localTimes(e.method().getGenericReturnType(), new HashSet<>(), path, broken, e.toString());
        }
        assertEquals(List.of(), broken, "LocalDateTime/LocalTime in an API type: write an Instant (UTC Z) or an OffsetDateTime of the site");
    }

    @Test
    void everyOldFormPointsToALiveEndpointAndNoLiveEndpointIsTakenForAnOldForm() {
        List<Endpoint> endpoints = endpoints();
        Set<String> live = new HashSet<>();
        endpoints.forEach(e -> live.add(shape(e.template())));
        for (MovedPaths.Move move : MovedPaths.ALL) {
            assertTrue(live.contains(shape(move.newTemplate())), move + ": no resource serves " + move.newTemplate());
            assertTrue(!live.contains(shape(move.oldTemplate())), move + ": a resource still serves the old form " + move.oldTemplate());
        }
        for (Endpoint e : endpoints) {
            String sample = MovedPaths.VARIABLE.matcher(e.template()).replaceAll("x1");
            assertTrue(MovedPaths.match(sample).isEmpty(), e + " would be redirected as an old form");
        }
    }

    // --- the old forms over HTTP --------------------------------------------------------------------------------

    @Test
    void oldReadsAreRedirectedWithTheirQueryAndTheSiteMovedIntoThePath() {
        assertMoved("/api/forecasts/cooling-load?site=HOSP&date=2026-12-08", "/api/sites/HOSP/forecasts/cooling-load?date=2026-12-08");
        assertMoved("/api/forecasts/load/accuracy?target=cooling&site=HOSP&from=2026-11-01&to=2026-11-30",
                "/api/sites/HOSP/forecasts/load/accuracy?target=cooling&from=2026-11-01&to=2026-11-30");
        assertMoved("/api/visits/forecast?site=HOSP&from=2026-12-01&to=2026-12-07", "/api/sites/HOSP/visits/forecast?from=2026-12-01&to=2026-12-07");
        assertMoved("/api/weather/forecast?site=HOSP&hours=24", "/api/sites/HOSP/weather/forecast?hours=24");
        assertMoved("/api/alerts?status=all&site=HOSP", "/api/sites/HOSP/alerts?status=all");
        assertMoved("/api/carbon/activities?site=HOSP&month=2026-11", "/api/sites/HOSP/carbon/activities?month=2026-11");
        assertMoved("/api/carbon/ledgers?site=HOSP", "/api/sites/HOSP/carbon/ledgers");
        assertMoved("/api/carbon/ledgers/HOSP/2026-10/verify?version=2", "/api/sites/HOSP/carbon/ledgers/2026-10/verify?version=2");
        assertMoved("/api/goals/HOSP/progress?year=2026", "/api/sites/HOSP/goals/progress?year=2026");
        assertMoved("/api/goals/HOSP/report/2026-11.pdf", "/api/sites/HOSP/goals/report/2026-11.pdf");
        assertMoved("/api/goals/HOSP", "/api/sites/HOSP/goals");
        assertMoved("/api/reports/HOSP/2026-09.xlsx?version=1", "/api/sites/HOSP/reports/2026-09.xlsx?version=1");
        assertMoved("/api/reports/submissions?status=pending&site=HOSP", "/api/sites/HOSP/reports/submissions?status=pending");
        // Where the old form defaulted the site, the configured one (HOSP in the tests' configuration).
        assertMoved("/api/plans?limit=20", "/api/sites/HOSP/plans?limit=20");
        assertMoved("/api/plans/2b0f4cf6-3c3e-4d3a-9c55-0f0ad0f6e6a1/actual", "/api/sites/HOSP/plans/2b0f4cf6-3c3e-4d3a-9c55-0f0ad0f6e6a1/actual");
        assertMoved("/api/plans/compare?a=1&b=2", "/api/sites/HOSP/plans/compare?a=1&b=2");
        assertMoved("/api/control", "/api/sites/HOSP/control");
        assertMoved("/api/control/events?from=2026-12-08T00:00:00%2B08:00", "/api/sites/HOSP/control/events?from=2026-12-08T00:00:00%2B08:00");
        assertMoved("/api/acquisition/devices/CH1", "/api/sites/HOSP/acquisition/devices/CH1");
        // HEAD is a read too.
        Response head = admin().redirects().follow(false).head("/api/control/overrides");
        assertEquals(301, head.statusCode());
        assertTrue(head.header("Location").endsWith("/api/sites/HOSP/control/overrides"), head.header("Location"));
        // Paths that stayed are served, not redirected.
        admin().redirects().follow(false).get("/api/reports/platform/schema").then().statusCode(200);
        admin().redirects().follow(false).get("/api/weather/provider").then().statusCode(200);
        admin().redirects().follow(false).get("/api/acquisition/templates").then().statusCode(200);
    }

    @Test
    void oldWritesAreGoneNamingTheNewPathAndChangeNothing() {
        assertGone("POST", "/api/plans/daily?date=2026-12-09", "POST /api/sites/HOSP/plans/daily?date=2026-12-09");
        assertGone("POST", "/api/plans?site=HOSP", "POST /api/sites/HOSP/plans");
        assertGone("POST", "/api/plans/2b0f4cf6-3c3e-4d3a-9c55-0f0ad0f6e6a1/approve", "POST /api/sites/HOSP/plans/2b0f4cf6-3c3e-4d3a-9c55-0f0ad0f6e6a1/approve");
        assertGone("POST", "/api/forecasts/cooling-load", "POST /api/sites/HOSP/forecasts/cooling-load");
        assertGone("POST", "/api/carbon/ledgers/HOSP/2026-10/close", "POST /api/sites/HOSP/carbon/ledgers/2026-10/close");
        assertGone("PUT", "/api/goals/HOSP", "PUT /api/sites/HOSP/goals");
        assertGone("DELETE", "/api/control/overrides/2b0f4cf6-3c3e-4d3a-9c55-0f0ad0f6e6a1",
                "DELETE /api/sites/HOSP/control/overrides/2b0f4cf6-3c3e-4d3a-9c55-0f0ad0f6e6a1");
        assertGone("POST", "/api/alerts/42/acknowledge", "POST /api/sites/HOSP/alerts/42/acknowledge");
        assertGone("POST", "/api/weather/epw?site=HOSP&kind=typical", "POST /api/sites/HOSP/weather/epw?kind=typical");
    }

    @Test
    void everyRowOfTheTableAnswersBothWays() {
        for (MovedPaths.Move move : MovedPaths.ALL) {
            String old = move.oldTemplate().replace("{site}", "HOSP").replace("{format}", "pdf").replace("{month}", "2026-09")
                    .replace("{id}", "17").replace("{code}", "CH1");
            String expected = move.newTemplate().replace("{site}", "HOSP").replace("{format}", "pdf").replace("{month}", "2026-09")
                    .replace("{id}", "17").replace("{code}", "CH1");
            assertMoved(old, expected);
            assertGone("POST", old, "POST " + expected);
        }
    }

    @Test
    void anUnknownSiteIsNotFoundByName() {
        for (String path : List.of("/api/sites/NO-SUCH-SITE/plans", "/api/sites/NO-SUCH-SITE/alerts", "/api/sites/NO-SUCH-SITE/control",
                "/api/sites/NO-SUCH-SITE/carbon/ledgers", "/api/sites/NO-SUCH-SITE/forecasts/load")) {
            admin().get(path).then().statusCode(404).body("error", containsString("NO-SUCH-SITE"));
        }
        // The old form of an unknown site is redirected as it is; the new path then says which site is unknown.
        String location = admin().redirects().follow(false).get("/api/visits?site=NO-SUCH-SITE&from=2026-12-01&to=2026-12-02").header("Location");
        assertTrue(location.endsWith("/api/sites/NO-SUCH-SITE/visits?from=2026-12-01&to=2026-12-02"), location);
    }

    @Test
    void plantControlOfAnotherSiteIsNotFoundAndSaysWhichSiteItServes() {
        String other = TestUsers.storedSite("CONV");
        leader().get("/api/sites/" + other + "/control").then().statusCode(404)
                .body("error", containsString(other)).body("error", containsString("HOSP"));
        engineer().get("/api/sites/" + other + "/acquisition/devices").then().statusCode(404).body("error", containsString("HOSP"));
        leader().get("/api/sites/HOSP/control").then().statusCode(200).body("site", equalTo("HOSP"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertMoved(String old, String expected) {
        Response answer = admin().redirects().follow(false).urlEncodingEnabled(false).get(old);
        assertEquals(301, answer.statusCode(), "GET " + old);
        String location = answer.header("Location");
        assertTrue(location != null && location.endsWith(expected), "GET " + old + " → " + location + ", expected … " + expected);
    }

    private static void assertGone(String method, String old, String expected) {
        Response answer = admin().redirects().follow(false).urlEncodingEnabled(false).contentType("application/json").body("{}")
                .request(method, old);
        assertEquals(410, answer.statusCode(), method + " " + old);
        JsonNode body = answer.as(JsonNode.class);
        assertEquals(410, body.path("code").asInt());
        assertTrue(body.path("error").asText().contains(expected), method + " " + old + ": " + body);
    }

    /** A template with its variables' names left out: the shape a request path matches. */
    private static String shape(String template) {
        return MovedPaths.VARIABLE.matcher(template).replaceAll("{}").replaceAll("/$", "");
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.wardwatt")) {
            Class<?> resource = type.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : resource.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = join(root.value(), sub == null ? "" : sub.value());
                found.add(new Endpoint(http, template, m));
            }
        }
        assertTrue(found.size() > 100, "found the resource methods: " + found.size());
        return found;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String httpMethod(Method m) {
        for (var annotation : Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", HEAD.class, "HEAD",
                PATCH.class, "PATCH").entrySet()) {
            if (m.isAnnotationPresent(annotation.getKey())) {
                return annotation.getValue();
            }
        }
        return null;
    }

    /** Walks a type the API writes as JSON: records, our own classes' fields, collections' and maps' elements. */
    private static void localTimes(Type type, Set<Type> seen, List<String> path, List<String> broken, String where) {
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                localTimes(bound, seen, path, broken, where);
            }
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                localTimes(argument, seen, path, broken, where);
            }
            localTimes(generic.getRawType(), seen, path, broken, where);
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c)) {
            return;
        }
        if (c == LocalDateTime.class || c == LocalTime.class) {
            broken.add(where + ": " + String.join(".", path) + " is a " + c.getSimpleName());
            return;
        }
        if (c.isArray()) {
            localTimes(c.getComponentType(), seen, path, broken, where);
            return;
        }
        if (!c.getName().startsWith("io.wardwatt.") || c.isEnum()) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                path.add(component.getName());
                localTimes(component.getGenericType(), seen, path, broken, where);
                path.remove(path.size() - 1);
            }
            return;
        }
        for (Field field : c.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                path.add(field.getName());
                localTimes(field.getGenericType(), seen, path, broken, where);
                path.remove(path.size() - 1);
            }
        }
    }
}
