package io.wardwatt.goals.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.goals.SiteGoals;
import io.wardwatt.goals.store.GoalRepository;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Stores a site's goals: the same goals again change nothing and are not audited again; different ones replace them, audited. */
@ApplicationScoped
public class GoalBook {

    static final String ENTITY = "saving-goals";

    @Inject
    GoalRepository goals;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    /** What a save did. */
    public record Saved(SiteGoals goals, boolean created, boolean changed) {
    }

    @Transactional
    public Saved save(SiteGoals goals, String by) {
        requireSite(goals.site());
        Optional<SiteGoals> before = this.goals.find(goals.site());
        if (before.isPresent() && before.get().equals(goals)) {
            return new Saved(goals, false, false);
        }
        this.goals.save(goals, by);
        audit.record(before.isPresent() ? "update" : "create", ENTITY, goals.site(), before.orElse(null), goals);
        return new Saved(goals, before.isEmpty(), true);
    }

    public SiteGoals get(String site) {
        requireSite(site);
        return goals.find(site).orElseThrow(() -> new UnknownEntityException("saving goals of site", site));
    }

    public Optional<SiteGoals> find(String site) {
        return goals.find(site);
    }

    void requireSite(String site) {
        if (sites.find(site).isEmpty()) {
            throw new UnknownEntityException("site", site);
        }
    }
}
