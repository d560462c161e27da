package io.wardwatt.site.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceHierarchy;
import io.wardwatt.site.SpaceTree;
import io.wardwatt.site.store.DeviceRepository;
import io.wardwatt.site.store.PointRepository;
import io.wardwatt.site.store.SiteModelMapper;
import io.wardwatt.site.store.SiteRow;
import io.wardwatt.site.store.SpaceRepository;
import io.wardwatt.site.store.SpaceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, changes and removes spaces. A change may not break the hierarchy (see {@link SpaceHierarchy});
 * problems the stored hierarchy already had are not blamed on it.
 */
@ApplicationScoped
@Transactional
public class SpaceService {

    static final String ENTITY = "space";

    @Inject
    SiteService sites;

    @Inject
    SpaceRepository spaces;

    @Inject
    DeviceRepository devices;

    @Inject
    PointRepository points;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SiteModelChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Space> list(String siteCode) {
        return records(sites.requireRow(siteCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Space> find(String siteCode, String code) {
        SiteRow site = sites.requireRow(siteCode);
        return spaces.findByCode(site.id, code).map(row -> SiteModelMapper.space(row, spaces.codesBySite(site.id)));
    }

    /** The space with everything inside it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpaceTree tree(String siteCode, String code) {
        return new SpaceHierarchy(records(sites.requireRow(siteCode))).tree(code)
                .orElseThrow(() -> new UnknownEntityException(ENTITY, siteCode + "/" + code));
    }

    public Space create(String siteCode, Space space) {
        SiteRow site = sites.requireRow(siteCode);
        if (spaces.findByCode(site.id, space.code()).isPresent()) {
            throw new StateConflictException("Space '" + space.code() + "' exists already in site '" + siteCode + "'");
        }
        List<Space> before = records(site);
        List<Space> after = new ArrayList<>(before);
        after.add(space);
        refuseNewHierarchyProblems(siteCode, space.code(), before, after);
        SpaceRow row = new SpaceRow();
        row.siteId = site.id;
        SiteModelMapper.apply(space, parentId(site, space), row);
        spaces.persist(row);
        audit.record("create", ENTITY, key(siteCode, space.code()), null, space);
        changed.fire(new SiteModelChanged(siteCode));
        return space;
    }

    /** Replaces a space's fields; its code stays. */
    public Space update(String siteCode, Space space) {
        SiteRow site = sites.requireRow(siteCode);
        SpaceRow row = requireRow(site, space.code());
        List<Space> before = records(site);
        Space old = before.stream().filter(s -> s.code().equals(space.code())).findFirst().orElseThrow();
        if (old.equals(space)) {
            return old;
        }
        List<Space> after = before.stream().map(s -> s.code().equals(space.code()) ? space : s).toList();
        refuseNewHierarchyProblems(siteCode, space.code(), before, after);
        SiteModelMapper.apply(space, parentId(site, space), row);
        audit.record("update", ENTITY, key(siteCode, space.code()), old, space);
        changed.fire(new SiteModelChanged(siteCode));
        return space;
    }

    /** Removes a space nothing refers to: no spaces inside it, no devices or points in it. */
    public void delete(String siteCode, String code) {
        SiteRow site = sites.requireRow(siteCode);
        SpaceRow row = requireRow(site, code);
        List<String> holds = new ArrayList<>();
        List<String> children = spaces.childCodes(row.id);
        List<String> deviceCodes = devices.codesInSpace(row.id);
        List<String> pointCodes = points.codesInSpace(row.id);
        if (!children.isEmpty()) {
            holds.add(children.size() + " spaces (" + References.list(children) + ")");
        }
        if (!deviceCodes.isEmpty()) {
            holds.add(deviceCodes.size() + " devices (" + References.list(deviceCodes) + ")");
        }
        if (!pointCodes.isEmpty()) {
            holds.add(pointCodes.size() + " points (" + References.list(pointCodes) + ")");
        }
        if (!holds.isEmpty()) {
            throw new StateConflictException("Space '" + code + "' of site '" + siteCode + "' still holds " + String.join(" and ", holds)
                    + "; delete or move them first");
        }
        Space before = SiteModelMapper.space(row, spaces.codesBySite(site.id));
        spaces.delete(row);
        References.flushOrConflict(spaces.getEntityManager(), "space '" + code + "'");
        audit.record("delete", ENTITY, key(siteCode, code), before, null);
        changed.fire(new SiteModelChanged(siteCode));
    }

    private SpaceRow requireRow(SiteRow site, String code) {
        return spaces.findByCode(site.id, code).orElseThrow(() -> new UnknownEntityException(ENTITY, site.code + "/" + code));
    }

    private Long parentId(SiteRow site, Space space) {
        return space.parent() == null ? null : spaces.findByCode(site.id, space.parent()).orElseThrow().id;
    }

    private List<Space> records(SiteRow site) {
        Map<Long, String> codes = spaces.codesBySite(site.id);
        return spaces.listBySite(site.id).stream().map(row -> SiteModelMapper.space(row, codes)).toList();
    }

    /**
     * Refuses a change that adds a hierarchy problem. A problem of the changed space is named by its field;
     * one it causes elsewhere (a child no longer inside an outer level, a parent now holding more than its
     * area) by the field that caused it.
     */
    private static void refuseNewHierarchyProblems(String siteCode, String code, List<Space> before, List<Space> after) {
        Set<SpaceHierarchy.Problem> existing = new HashSet<>(new SpaceHierarchy(before).problems(Set.of()));
        List<InputProblem> introduced = new ArrayList<>();
        for (SpaceHierarchy.Problem problem : new SpaceHierarchy(after).problems(Set.of())) {
            if (existing.contains(problem)) {
                continue;
            }
            if (problem.spaceCode().equals(code)) {
                String text = problem.problem().startsWith("there is no space") ? problem.problem() + " in site '" + siteCode + "'" : problem.problem();
                introduced.add(new InputProblem(problem.field(), text));
            } else {
                String cause = problem.field().equals("parent") ? "level" : "areaM2";
                introduced.add(new InputProblem(cause, "space '" + problem.spaceCode() + "': " + problem.problem()));
            }
        }
        if (!introduced.isEmpty()) {
            throw new InvalidInputException(introduced);
        }
    }

    static String key(String siteCode, String code) {
        return siteCode + "/" + code;
    }
}
