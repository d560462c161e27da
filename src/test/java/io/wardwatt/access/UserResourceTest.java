package io.wardwatt.access;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    @Test
    void readsNeedALogin() {
        anonymous().get("/api/me").then().statusCode(401);
        RestAssured.given().auth().preemptive().basic("engineer", "wrong-password").get("/api/me").then().statusCode(401);
    }

    @Test
    void meShowsTheCallersRoles() {
        engineer().get("/api/me").then().statusCode(200).body("username", equalTo("engineer")).body("roles", contains("engineer"));
    }

    @Test
    void onlyAnAdminCreatesUsers() {
        Map<String, Object> body = Map.of("username", unique("nurse"), "password", "long-enough-1", "roles", List.of("leader"));
        anonymous().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(401);
        engineer().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(403)
                .body("error", equalTo("forbidden: needs admin; you have engineer"));
        admin().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201)
                .header("Location", notNullValue())
                .body("username", equalTo(body.get("username")))
                .body("roles", contains("LEADER"))
                .body("passwordHash", nullValue());
        RestAssured.given().auth().preemptive().basic((String) body.get("username"), "long-enough-1")
                .get("/api/me").then().statusCode(200).body("roles", contains("leader"));
    }

    @Test
    void creatingAUserTwiceIsAConflictAndChangesNothing() {
        String name = unique("twice");
        Map<String, Object> body = Map.of("username", name, "password", "long-enough-1", "roles", List.of("leader"));
        admin().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201);
        Map<String, Object> again = Map.of("username", name, "password", "other-password", "roles", List.of("admin"));
        admin().contentType(ContentType.JSON).body(again).post("/api/users").then().statusCode(409);
        admin().get("/api/users/" + name).then().statusCode(200).body("roles", contains("LEADER"));
        RestAssured.given().auth().preemptive().basic(name, "long-enough-1").get("/api/me").then().statusCode(200);
    }

    @Test
    void badUsersAreRefusedNamingTheField() {
        Map<String, Object> body = Map.of("username", "X", "password", "short", "roles", List.of("janitor"));
        admin().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(400)
                .body("problems.where", hasItem("roles"))
                .body("error", org.hamcrest.Matchers.containsString("janitor"));
        Map<String, Object> weak = Map.of("username", unique("weak"), "password", "short", "roles", List.of("leader"));
        admin().contentType(ContentType.JSON).body(weak).post("/api/users").then().statusCode(400)
                .body("problems.where", hasItem("password"));
    }

    @Test
    void roleChangesAndDeletionAreAuditedWithBeforeAndAfter() {
        String name = unique("audited");
        admin().contentType(ContentType.JSON).body(Map.of("username", name, "password", "long-enough-1", "roles", List.of("leader")))
                .post("/api/users").then().statusCode(201);
        engineer().contentType(ContentType.JSON).body(Map.of("roles", List.of("admin"))).put("/api/users/" + name + "/roles").then().statusCode(403);
        admin().contentType(ContentType.JSON).body(Map.of("roles", List.of("engineer", "reporter"))).put("/api/users/" + name + "/roles")
                .then().statusCode(200).body("roles", contains("ENGINEER", "REPORTER"));
        admin().delete("/api/users/" + name).then().statusCode(204);
        admin().get("/api/users/" + name).then().statusCode(404);

        auditor().queryParam("entityType", "user").queryParam("entityId", name).get("/api/audit").then().statusCode(200)
                .body("action", contains("delete", "update", "create"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].before.roles", contains("ENGINEER", "REPORTER"))
                .body("[1].before.roles", contains("LEADER"))
                .body("[1].after.roles", contains("ENGINEER", "REPORTER"))
                .body("[2].before", nullValue());
        engineer().get("/api/audit").then().statusCode(403);
        anonymous().get("/api/audit").then().statusCode(401);
    }

    @Test
    void brokenJsonIsRefusedSayingWhere() {
        admin().contentType(ContentType.JSON).body("{\"username\": \"x\",\n \"roles\": [").post("/api/users").then().statusCode(400)
                .body("exceptionType", org.hamcrest.Matchers.notNullValue())
                .body("error", org.hamcrest.Matchers.containsString("line 2"));
        admin().contentType(ContentType.JSON).body("{\"username\": \"x\", \"password\": \"long-enough-1\", \"roles\": {\"a\": 1}}")
                .post("/api/users").then().statusCode(400)
                .body("problems[0].where", equalTo("roles"));
    }
}
