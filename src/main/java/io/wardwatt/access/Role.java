package io.wardwatt.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Endpoints name the role strings below in {@code @RolesAllowed}.
 * <ul>
 *   <li>admin: users, configuration, everything an engineer may do</li>
 *   <li>engineer: the site model, readings, meter events, plans and their approval</li>
 *   <li>leader: reads everything a dashboard shows, sets saving goals</li>
 *   <li>reporter: closes ledgers and submits reports</li>
 *   <li>auditor: reads everything, including the audit log; changes nothing</li>
 * </ul>
 */
public enum Role {
    ADMIN, ENGINEER, LEADER, REPORTER, AUDITOR;

    public static final String ADMIN_ROLE = "admin";
    public static final String ENGINEER_ROLE = "engineer";
    public static final String LEADER_ROLE = "leader";
    public static final String REPORTER_ROLE = "reporter";
    public static final String AUDITOR_ROLE = "auditor";

    /** The role's name as it appears in tokens, the users table and {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(text == null ? null : text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
