package io.wardwatt.access;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A request to create a user; checks itself, so a bad one never reaches the store. */
public record NewUser(String username, String password, Set<Role> roles) {

    public static final int MIN_PASSWORD_LENGTH = 8;

    public NewUser {
        List<InputProblem> problems = new ArrayList<>();
        if (username == null || !username.matches("[a-z][a-z0-9._-]{1,62}")) {
            problems.add(new InputProblem("username", "must be 2-63 characters of a-z, 0-9, '.', '_' or '-', starting with a letter"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new InputProblem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new InputProblem("roles", "at least one of admin, engineer, leader, reporter, auditor"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        roles = Set.copyOf(new LinkedHashSet<>(roles));
    }

    /** Parses role names, naming the unknown ones. */
    public static Set<Role> parseRoles(List<String> names, String where) {
        Set<Role> roles = new LinkedHashSet<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            String name = names.get(i);
            Role.parse(name).ifPresentOrElse(roles::add,
                    () -> problems.add(new InputProblem(where, "unknown role '" + name + "' (known: admin, engineer, leader, reporter, auditor)")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return roles;
    }
}
