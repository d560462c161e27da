package io.wardwatt.goals.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.goals.Headline;
import io.wardwatt.goals.PlantSavingsLine;
import io.wardwatt.goals.ProgressCsv;
import io.wardwatt.goals.ProgressReport;
import io.wardwatt.goals.SiteGoals;
import io.wardwatt.goals.report.LeadershipPage;
import io.wardwatt.goals.runtime.GoalBook;
import io.wardwatt.goals.runtime.GoalProgressService;
import io.wardwatt.goals.runtime.HeadlineService;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.SavingsTally;
import io.wardwatt.optimize.runtime.PlantSavings;
import io.wardwatt.reporting.render.PdfFont;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/goals")
@Tag(name = "Saving goals", description = "Baseline year and targets per site; monthly progress, weather- and activity-normalised; leadership PDF")
public class GoalResource {

    static final String CSV = "text/csv";

    @Inject
    GoalBook book;

    @Inject
    GoalProgressService progress;

    @Inject
    SecurityIdentity identity;

    @Inject
    PlantSavings plantSavings;

    @Inject
    HeadlineService headlines;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ENGINEER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Set a site's goals", description = "Replaces the baseline year, targets (metric, percent), beds and bed-days. 201 when the site had "
            + "none, 200 otherwise (the same goals again change nothing and are not audited again); 400 naming every wrong field, 404 for an unknown site.")
    public Response put(@PathParam("site") String site, GoalBody body) {
        SiteGoals goals = SiteGoals.of(site, body == null ? null : body.draft());
        GoalBook.Saved saved = book.save(goals, identity.getPrincipal().getName());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(GoalBody.of(saved.goals())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "A site's goals")
    public GoalBody get(@PathParam("site") String site) {
        return GoalBody.of(book.get(site));
    }

    @GET
    @Path("/progress")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "A year's monthly progress against the goals", description = "Per month: carriers, tce, baseline, normalised baseline, saving, "
            + "uncertainty (68 %, 90 %), per m2, per outpatient visit, per bed-day; year to date against each target. format=csv or Accept: text/csv "
            + "gives the months as CSV.")
    public Response progress(@PathParam("site") String site,
            @Parameter(description = "Reporting year (default: the year of the last whole month)") @QueryParam("year") String year,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        boolean csv = "csv".equals(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()));
        if (format != null && !"csv".equals(format) && !"json".equals(format)) {
            throw new InvalidInputException("format", "json or csv, was '" + format + "'");
        }
        ProgressReport report = progress.progress(site, QueryParameters.year("year", year));
        return csv ? Response.ok(ProgressCsv.of(report), CSV + "; charset=UTF-8").build() : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/report/{month}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The monthly one-page leadership report (A4, Chinese and English)", description = "The month, the year's targets "
            + "to the end of the month with their uncertainty, carbon, PV and standby as GET /api/sites/{site}/goals/headline counts them, "
            + "and the months of the year up to the report month. Served as application/pdf only: ask with Accept: application/pdf (or */*).")
    public Response report(@PathParam("site") String site, @Parameter(description = "YYYY-MM") @PathParam("month") String month) {
        YearMonth reported;
        try {
            reported = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "not a month YYYY-MM: '" + month + "'");
        }
        ProgressReport report = progress.progress(site, reported.getYear(), reported);
        Headline headline = headlines.headline(site, reported.getYear(), reported);
        byte[] pdf = LeadershipPage.render(report, headline, reported, PdfFont.bundled(), plantLine(site, reported));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"goals-" + site + "-" + reported + ".pdf\"").build();
    }

    /** The month's line of the plant optimisation's measured savings (README, "Plant savings"). */
    private PlantSavingsLine plantLine(String site, YearMonth month) {
        SavingsTally.Year year = plantSavings.of(site, month.getYear());
        SavingsTally.Month m = year.months().get(month.getMonthValue() - 1);
        return new PlantSavingsLine(m.saved().savedKwh(), m.saved().savedCny(), m.saved().savedTco2(), m.daysCovered(), m.daysElapsed(),
                m.cumulativeSavedKwh(), year.targetKwh(), year.daysCovered());
    }
}
