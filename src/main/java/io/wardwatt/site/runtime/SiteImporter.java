package io.wardwatt.site.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.site.Point;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceHierarchy;
import io.wardwatt.site.definition.DocumentFormat;
import io.wardwatt.site.definition.ImportPlan;
import io.wardwatt.site.definition.ImportSummary;
import io.wardwatt.site.definition.SiteDefinition;
import io.wardwatt.site.definition.SiteDefinitionReader;
import io.wardwatt.site.definition.SiteDefinitionValidator;
import io.wardwatt.site.store.PointRepository;
import io.wardwatt.site.store.SiteRepository;
import io.wardwatt.site.store.SiteRow;
import io.wardwatt.site.store.SiteRows;
import io.wardwatt.site.store.SiteRowsLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Imports a whole site from a definition: creates what is new and updates what differs, matched by code;
 * never deletes (entities the file does not mention are reported as not in file). All or nothing: a
 * definition with any problem, or one that would corrupt stored history, changes nothing. Importing the
 * same definition again writes nothing, not even an audit entry.
 */
@ApplicationScoped
public class SiteImporter {

    @Inject
    SiteRepository sites;

    @Inject
    PointRepository points;

    @Inject
    SiteRowsLoader loader;

    @Inject
    SiteModelWriter writer;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SiteModelChanged> changed;

    @Inject
    MeterRegistry registry;

    /** Reads and imports a document (the API's upload). */
    @Transactional
    public ImportSummary importDocument(String text, DocumentFormat format, String source, boolean dryRun) {
        return timed(() -> apply(SiteDefinitionReader.read(text, format, source), dryRun));
    }

    /**
     * Imports a definition.
     *
     * @param dryRun only check and report what an import would do
     */
    @Transactional
    public ImportSummary importDefinition(SiteDefinition definition, boolean dryRun) {
        return timed(() -> apply(definition, dryRun));
    }

    /** Times an import in {@code wardwatt.site.imports}, tagged with its outcome: changed, unchanged, dry_run or refused. */
    private ImportSummary timed(Supplier<ImportSummary> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "refused";
        try {
            ImportSummary summary = work.get();
            outcome = summary.dryRun() ? "dry_run" : summary.unchanged() ? "unchanged" : "changed";
            return summary;
        } finally {
            sample.stop(registry.timer("wardwatt.site.imports", "outcome", outcome));
        }
    }

    private ImportSummary apply(SiteDefinition definition, boolean dryRun) {
        List<InputProblem> problems = SiteDefinitionValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SiteRow site = sites.findByCode(definition.site().code()).orElse(null);
        SiteRows rows = site == null ? null : loader.load(site);
        ImportPlan plan = ImportPlan.between(rows == null ? null : rows.definition(), definition);
        refuseHistoryChanges(plan, rows);
        refuseBrokenStoredSpaces(plan, rows, definition);
        ImportSummary summary = plan.summary(dryRun);
        if (dryRun || !plan.changesAnything()) {
            return summary;
        }
        writer.apply(plan, rows);
        audit.record("import", SiteService.ENTITY, plan.siteCode(), null, summary);
        changed.fire(new SiteModelChanged(plan.siteCode()));
        return summary;
    }

    /** A point with readings keeps its kind and unit (see {@link PointService}). */
    private void refuseHistoryChanges(ImportPlan plan, SiteRows rows) {
        List<String> refused = new ArrayList<>();
        for (ImportPlan.Update<Point> update : plan.points().updated()) {
            Point before = update.before();
            Point after = update.after();
            if ((before.kind() != after.kind() || !before.unit().equals(after.unit())) && points.hasReadings(rows.points.get(after.code()).id)) {
                refused.add(PointService.historyConflict(after.code(), before, after));
            }
        }
        if (!refused.isEmpty()) {
            throw new StateConflictException("Import refused, nothing was changed. " + String.join(". ", refused));
        }
    }

    /**
     * The file's spaces were checked among themselves; stored spaces the file does not mention must still
     * fit under them (e.g. a stored room under a floor the file turns into a room).
     */
    private static void refuseBrokenStoredSpaces(ImportPlan plan, SiteRows rows, SiteDefinition definition) {
        if (rows == null || plan.spaces().notInFile().isEmpty()) {
            return;
        }
        List<Space> merged = new ArrayList<>(definition.spaces());
        merged.addAll(plan.spaces().notInFile());
        Set<SpaceHierarchy.Problem> existing = new HashSet<>(new SpaceHierarchy(rows.spaceRecords()).problems(Set.of()));
        Set<String> notInFile = plan.spaces().notInFile().stream().map(Space::code).collect(Collectors.toSet());
        List<String> broken = new SpaceHierarchy(merged).problems(Set.of()).stream()
                .filter(p -> !existing.contains(p))
                .map(p -> (notInFile.contains(p.spaceCode()) ? "stored space '" : "space '") + p.spaceCode() + "' (" + p.field() + "): " + p.problem())
                .toList();
        if (!broken.isEmpty()) {
            throw new StateConflictException("Import refused, nothing was changed: with the spaces stored but not in the file, the hierarchy "
                    + "would break. " + String.join(". ", broken));
        }
    }
}
