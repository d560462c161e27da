package io.wardwatt.access.runtime;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.wardwatt.access.NewUser;
import io.wardwatt.access.Role;
import io.wardwatt.access.UserAccount;
import io.wardwatt.access.store.UserRepository;
import io.wardwatt.access.store.UserRow;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates, changes and removes users, each change in the audit log. */
@ApplicationScoped
@Transactional
public class UserAccounts {

    @Inject
    UserRepository users;

    @Inject
    AuditTrail audit;

    @Inject
    DatabaseIdentityProvider identities;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> list() {
        return users.listAll().stream().map(UserAccounts::account).sorted(java.util.Comparator.comparing(UserAccount::username)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username).map(UserAccounts::account);
    }

    public UserAccount create(NewUser request) {
        if (users.findByUsername(request.username()).isPresent()) {
            throw new StateConflictException("User '" + request.username() + "' exists already");
        }
        UserRow row = new UserRow();
        row.username = request.username();
        row.passwordHash = BcryptUtil.bcryptHash(request.password());
        row.roles = roleText(request.roles());
        row.updatedAt = Instant.now();
        users.persist(row);
        UserAccount created = account(row);
        audit.record("create", "user", row.username, null, created);
        return created;
    }

    public UserAccount changeRoles(String username, Set<Role> roles) {
        UserRow row = users.findByUsername(username).orElseThrow(() -> new UnknownEntityException("user", username));
        UserAccount before = account(row);
        row.roles = roleText(roles);
        row.updatedAt = Instant.now();
        UserAccount after = account(row);
        audit.record("update", "user", username, before, after);
        identities.forgetAll();
        return after;
    }

    public void changePassword(String username, String password) {
        UserRow row = users.findByUsername(username).orElseThrow(() -> new UnknownEntityException("user", username));
        new NewUser(username, password, parseRoles(row.roles)); // same password rules as on create
        row.passwordHash = BcryptUtil.bcryptHash(password);
        row.updatedAt = Instant.now();
        audit.record("change-password", "user", username, null, null);
        identities.forgetAll();
    }

    public void delete(String username) {
        UserRow row = users.findByUsername(username).orElseThrow(() -> new UnknownEntityException("user", username));
        UserAccount before = account(row);
        users.delete(row);
        audit.record("delete", "user", username, before, null);
        identities.forgetAll();
    }

    /** Seeds one user per role when there are none at all; used by the demo and the test suite. */
    public boolean seedDemoUsersIfEmpty() {
        if (users.count() > 0) {
            return false;
        }
        for (Role role : Role.values()) {
            create(new NewUser(role.roleName(), "wardwatt-" + role.roleName(), EnumSet.of(role)));
        }
        return true;
    }

    private static UserAccount account(UserRow row) {
        return new UserAccount(row.username, parseRoles(row.roles));
    }

    private static Set<Role> parseRoles(String text) {
        return Arrays.stream(text.split(",")).map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String roleText(Set<Role> roles) {
        return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(","));
    }
}
