package io.wardwatt.access;

import static io.wardwatt.TestUsers.engineer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With OIDC switched on by configuration, bearer tokens from the hospital's identity provider are honoured. */
@QuarkusTest
@TestProfile(OidcSwitchTest.OidcOn.class)
@WithTestResource(value = LocalIdentityProvider.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class OidcSwitchTest {

    /** Its own profile: one more boot, for this class only. */
    public static class OidcOn implements QuarkusTestProfile {
    }

    @Test
    void aTokenFromTheProviderAuthenticatesWithItsRoles() {
        RestAssured.given().auth().oauth2(LocalIdentityProvider.token("dr.li", List.of("engineer")))
                .get("/api/me").then().statusCode(200)
                .body("username", equalTo("dr.li"))
                .body("roles", contains("engineer"));
    }

    @Test
    void tokenRolesDecideWhatTheUserMayChange() {
        Map<String, Object> body = Map.of("username", "oidc-made", "password", "long-enough-1", "roles", List.of("leader"));
        RestAssured.given().auth().oauth2(LocalIdentityProvider.token("ms.wang", List.of("leader")))
                .contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(403);
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = LocalIdentityProvider.token("mallory", List.of("admin"));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        RestAssured.given().auth().oauth2(forged).get("/api/me").then().statusCode(401);
    }

    @Test
    void basicAuthenticationStillWorksBesideIt() {
        engineer().get("/api/me").then().statusCode(200).body("username", equalTo("engineer"));
    }
}
