package io.wardwatt.access.runtime;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.wardwatt.access.store.UserRepository;
import io.wardwatt.access.store.UserRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Basic authentication against the users table. A bcrypt check costs tens of milliseconds by design; a
 * client that sends thousands of ingest batches would pay it on every request, so a successful check is
 * remembered for a short time, keyed by a SHA-256 of the credentials (the password itself is never kept).
 * {@link io.wardwatt.access.runtime.UserAccounts} forgets every remembered check when a password, a role or a
 * user changes, so such a change takes effect at once.
 */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Duration REMEMBER = Duration.ofSeconds(60);

    private record Verified(String roles, long expiresAtNanos) {
    }

    @Inject
    UserRepository users;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity check(String username, String password) {
        String key = username + ":" + sha256(password);
        Verified remembered = verified.get(key);
        if (remembered != null && remembered.expiresAtNanos() > System.nanoTime()) {
            return identity(username, remembered.roles());
        }
        UserRow row = QuarkusTransaction.requiringNew().call(() -> users.findByUsername(username).orElse(null));
        if (row == null || !BcryptUtil.matches(password, row.passwordHash)) {
            verified.remove(key);
            throw new AuthenticationFailedException("Unknown user or wrong password");
        }
        verified.put(key, new Verified(row.roles, System.nanoTime() + REMEMBER.toNanos()));
        return identity(username, row.roles);
    }

    /** Forget every remembered check, e.g. after a password or role change. */
    public void forgetAll() {
        verified.clear();
    }

    private static SecurityIdentity identity(String username, String roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username));
        Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(builder::addRole);
        return builder.build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
