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
}
