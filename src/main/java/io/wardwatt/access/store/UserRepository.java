package io.wardwatt.access.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<UserRow> {

    public Optional<UserRow> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
