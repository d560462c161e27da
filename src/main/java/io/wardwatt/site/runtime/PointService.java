package io.wardwatt.site.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeterLinks;
import io.wardwatt.site.Point;
import io.wardwatt.site.PointKind;
import io.wardwatt.site.RegisteredPoint;
import io.wardwatt.site.store.DeviceRepository;
import io.wardwatt.site.store.PointRepository;
import io.wardwatt.site.store.PointRow;
import io.wardwatt.site.store.SiteModelMapper;
import io.wardwatt.site.store.SiteRow;
import io.wardwatt.site.store.SpaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates, changes and removes points. A point with readings keeps its kind and unit, and is not deleted:
 * its stored history is only meaningful with them.
 */
@ApplicationScoped
@Transactional
public class PointService {

    static final String ENTITY = "point";

    /** Filters of {@link #search}; null means "any"; {@code text} is looked for in the code and the name. */
    public record Search(String kind, String carrier, String device, String space, String tag, String text) {
    }

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
    public List<RegisteredPoint> search(String siteCode, Search search) {
        SiteRow site = sites.requireRow(siteCode);
        List<InputProblem> problems = new ArrayList<>();
        String kind = search.kind() == null ? null : Arrays.stream(PointKind.values()).map(PointKind::name)
                .filter(k -> k.equals(search.kind().trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseGet(() -> problem(problems, "kind", "'" + search.kind() + "' is not one of VALUE, COUNTER"));
        String carrier = search.carrier() == null ? null : EnergyCarrier.parse(search.carrier()).map(EnergyCarrier::code)
                .orElseGet(() -> problem(problems, "carrier", "'" + search.carrier() + "' is not one of "
                        + Arrays.stream(EnergyCarrier.values()).map(EnergyCarrier::code).collect(Collectors.joining(", "))));
        Long deviceId = search.device() == null ? null : devices.findByCode(site.id, search.device()).map(d -> d.id)
                .orElseGet(() -> problem(problems, "device", "there is no device '" + search.device() + "' in site '" + siteCode + "'"));
        Long spaceId = search.space() == null ? null : spaces.findByCode(site.id, search.space()).map(s -> s.id)
                .orElseGet(() -> problem(problems, "space", "there is no space '" + search.space() + "' in site '" + siteCode + "'"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, String> deviceCodes = devices.codesBySite(site.id);
        Map<Long, String> spaceCodes = spaces.codesBySite(site.id);
        return points.search(site.id, new PointRepository.Filter(kind, carrier, deviceId, spaceId, search.tag(),
                search.text() == null || search.text().isBlank() ? null : search.text().strip())).stream()
                .map(row -> SiteModelMapper.registered(row, deviceCodes, spaceCodes)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RegisteredPoint> find(String siteCode, String code) {
        SiteRow site = sites.requireRow(siteCode);
        return points.findByCode(site.id, code).map(row -> registered(site, row));
    }

    public RegisteredPoint create(String siteCode, Point point) {
        SiteRow site = sites.requireRow(siteCode);
        if (points.findByCode(site.id, point.code()).isPresent()) {
            throw new StateConflictException("Point '" + point.code() + "' exists already in site '" + siteCode + "'");
        }
        PointRow row = new PointRow();
        row.siteId = site.id;
        Targets refs = targets(site, point);
        SiteModelMapper.apply(point, refs.deviceId(), refs.spaceId(), row);
        points.persist(row);
        audit.record("create", ENTITY, SpaceService.key(siteCode, point.code()), null, point);
        changed.fire(new SiteModelChanged(siteCode));
        return new RegisteredPoint(row.id, point);
    }

    /** Replaces a point's fields; its code stays, and so do its kind and unit once it has readings. */
    public RegisteredPoint update(String siteCode, Point point) {
        SiteRow site = sites.requireRow(siteCode);
        PointRow row = requireRow(site, point.code());
        Point before = registered(site, row).point();
        if (before.equals(point)) {
            return new RegisteredPoint(row.id, before);
        }
        Targets refs = targets(site, point);
        if ((before.kind() != point.kind() || !before.unit().equals(point.unit())) && points.hasReadings(row.id)) {
            throw new StateConflictException(historyConflict(point.code(), before, point));
        }
        SiteModelMapper.apply(point, refs.deviceId(), refs.spaceId(), row);
        audit.record("update", ENTITY, SpaceService.key(siteCode, point.code()), before, point);
        changed.fire(new SiteModelChanged(siteCode));
        return new RegisteredPoint(row.id, point);
    }

    /** Removes a point that has no readings and no meter replacements. */
    public void delete(String siteCode, String code) {
        SiteRow site = sites.requireRow(siteCode);
        PointRow row = requireRow(site, code);
        if (points.hasReadings(row.id)) {
            throw new StateConflictException("Point '" + code + "' of site '" + siteCode + "' has readings; a point with history is kept "
                    + "(the carbon ledger must stay recomputable)");
        }
        if (points.hasMeterReplacements(row.id)) {
            throw new StateConflictException("Point '" + code + "' of site '" + siteCode + "' has meter replacements recorded; it is kept");
        }
        List<String> subMeters = points.subMetersOf(site.id, code);
        if (!subMeters.isEmpty()) {
            throw new StateConflictException("Point '" + code + "' of site '" + siteCode + "' is the parent meter of " + String.join(", ", subMeters)
                    + "; link them to another parent (or none) first");
        }
        Point before = registered(site, row).point();
        points.delete(row);
        References.flushOrConflict(points.getEntityManager(), "point '" + code + "'");
        audit.record("delete", ENTITY, SpaceService.key(siteCode, code), before, null);
        changed.fire(new SiteModelChanged(siteCode));
    }

    /** The message of a refused kind or unit change. */
    static String historyConflict(String code, Point before, Point after) {
        List<String> changes = new ArrayList<>();
        if (before.kind() != after.kind()) {
            changes.add("kind " + before.kind() + " -> " + after.kind());
        }
        if (!before.unit().equals(after.unit())) {
            changes.add("unit " + before.unit() + " -> " + after.unit());
        }
        return "Point '" + code + "' has readings: changing its " + String.join(" and ", changes)
                + " would corrupt its history; create a new point instead";
    }

    private PointRow requireRow(SiteRow site, String code) {
        return points.findByCode(site.id, code).orElseThrow(() -> new UnknownEntityException(ENTITY, site.code + "/" + code));
    }

    private RegisteredPoint registered(SiteRow site, PointRow row) {
        return SiteModelMapper.registered(row, devices.codesBySite(site.id), spaces.codesBySite(site.id));
    }

    private record Targets(Long deviceId, Long spaceId) {
    }

    private Targets targets(SiteRow site, Point point) {
        List<InputProblem> problems = new ArrayList<>();
        Long deviceId = point.device() == null ? null : devices.findByCode(site.id, point.device()).map(d -> d.id)
                .orElseGet(() -> problem(problems, "device", "there is no device '" + point.device() + "' in site '" + site.code + "'"));
        Long spaceId = point.space() == null ? null : spaces.findByCode(site.id, point.space()).map(s -> s.id)
                .orElseGet(() -> problem(problems, "space", "there is no space '" + point.space() + "' in site '" + site.code + "'"));
        if (point.parentMeter() != null) {
            Map<String, Point> sitePoints = new java.util.HashMap<>();
            Map<Long, String> deviceCodes = devices.codesBySite(site.id);
            Map<Long, String> spaceCodes = spaces.codesBySite(site.id);
            points.listBySite(site.id).forEach(r -> sitePoints.put(r.code, SiteModelMapper.point(r, deviceCodes, spaceCodes)));
            sitePoints.put(point.code(), point);
            if (!sitePoints.containsKey(point.parentMeter())) {
                problem(problems, "parentMeter", "there is no point '" + point.parentMeter() + "' in site '" + site.code + "'");
            } else {
                MeterLinks.problem(point, sitePoints).ifPresent(p -> problem(problems, "parentMeter", p));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Targets(deviceId, spaceId);
    }

    private static <T> T problem(List<InputProblem> problems, String where, String problem) {
        problems.add(new InputProblem(where, problem));
        return null;
    }
}
