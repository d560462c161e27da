package io.wardwatt.site.rest;

import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteOpenApiTest {

    @Test
    void everySiteModelPathIsDocumented() {
        ValidatableResponse api = io.wardwatt.TestUsers.leader().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"/api/sites", "/api/sites/{siteCode}", "/api/sites/import",
            "/api/sites/{siteCode}/spaces", "/api/sites/{siteCode}/spaces/{code}", "/api/sites/{siteCode}/spaces/{code}/tree",
            "/api/sites/{siteCode}/devices", "/api/sites/{siteCode}/devices/{code}",
            "/api/sites/{siteCode}/points", "/api/sites/{siteCode}/points/{code}"}) {
            api.body("paths", hasKey(path));
        }
        api.body("paths.'/api/sites/import'.post.requestBody.content", hasKey("application/yaml"));
    }
}
