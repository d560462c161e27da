package io.wardwatt.access;

import java.util.Set;

/** A user as the API and the audit log show it: never with the password or its hash. */
public record UserAccount(String username, Set<Role> roles) {
}
