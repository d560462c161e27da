package io.wardwatt;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The demo users seeded at start-up (wardwatt.access.demo-users), one per role. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestSpecification as(String role) {
        return RestAssured.given().auth().preemptive().basic(role, "wardwatt-" + role);
    }

    public static RequestSpecification admin() {
        return as("admin");
    }

    public static RequestSpecification engineer() {
        return as("engineer");
    }

    public static RequestSpecification leader() {
        return as("leader");
    }

    public static RequestSpecification reporter() {
        return as("reporter");
    }

    public static RequestSpecification auditor() {
        return as("auditor");
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    /** A suffix that keeps names unique when the suite runs again against the same database. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** A new stored site (through the API, as the admin), for resources under /api/sites/{site}/...; returns its code. */
    public static String storedSite(String prefix) {
        String code = unique(prefix).toUpperCase(java.util.Locale.ROOT);
        admin().contentType("application/json").body(java.util.Map.of("code", code, "name", "Test site " + code, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        return code;
    }
}
