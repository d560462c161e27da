package io.wardwatt.carbon.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.closing.Verification;
import io.wardwatt.carbon.runtime.ActivityEntries;
import io.wardwatt.carbon.runtime.LedgerService;
import io.wardwatt.input.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/carbon/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carbon ledgers", description = "Monthly carbon ledgers: preview, close (lock), restate, verify")
public class LedgerResource {

    @Inject
    LedgerService ledgers;

    @Inject
    ActivityEntries entries;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The months of a site: closed ones with their latest totals and hash, open ones with entries",
            description = "Newest month first.")
    public List<LedgerSummary> list(@PathParam("site") String site) {
        String code = site;
        Map<String, List<ClosedLedger>> byMonth = new LinkedHashMap<>();
        ledgers.all(code).forEach(l -> byMonth.computeIfAbsent(l.site() + " " + l.month(), k -> new ArrayList<>()).add(l));
        List<LedgerSummary> months = new ArrayList<>();
        byMonth.values().forEach(versions -> months.add(LedgerSummary.closed(versions.get(versions.size() - 1), versions.size(), json)));
        if (code != null) {
            TreeSet<String> closed = new TreeSet<>(months.stream().map(LedgerSummary::month).toList());
            entries.monthsWithEntries(code).stream().map(YearMonth::toString).filter(m -> !closed.contains(m))
                    .forEach(m -> months.add(LedgerSummary.open(code, m)));
        }
        months.sort(Comparator.comparing(LedgerSummary::site).thenComparing(LedgerSummary::month, Comparator.reverseOrder()));
        return months;
    }

    @GET
    @Path("/{month}/preview")
    @RolesAllowed({Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The month computed now, not stored",
            description = "Metered activities from the rollups as they are, the month's entries and corrections, the current factor set, "
                    + "today as the calculation day. 400 when the month cannot be computed (no usable factor, a gas without GWP, ...).")
    public PreviewView preview(@PathParam("site") String site, @PathParam("month") String month) {
        return PreviewView.of(ledgers.preview(site, Months.parse(month, "month")));
    }

    @POST
    @Path("/{month}/close")
    @RolesAllowed({Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Close (lock) the month",
            description = "Recomputes the month's rollups of the metered counters from the raw readings, adds the month's entries, computes "
                    + "the ledger with the current factor set as of today, and stores it as version 1, chained to the month before by hash. "
                    + "201 when closed; 200 with the stored ledger when the month was closed before; 409 for a month not ended, or out of "
                    + "order (months are closed in order); 400 when it cannot be computed. Entries for a closed month are refused.")
    public Response close(@PathParam("site") String site, @PathParam("month") String month, @Context UriInfo uri) {
        LedgerService.Outcome outcome = ledgers.close(site, Months.parse(month, "month"), identity.getPrincipal().getName());
        return answer(outcome, uri);
    }

    @POST
    @Path("/{month}/restate")
    @RolesAllowed({Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Restate a closed month with the current factor set",
            description = "Computes the month again from the activities it was closed with, with the current factor set as of today. When a "
                    + "reported figure or a factor changes: a new version (201) holding the difference per view. Otherwise 200 with the "
                    + "current version (outcome unchanged), nothing stored. 409 for an open month.")
    public Response restate(@PathParam("site") String site, @PathParam("month") String month, @Context UriInfo uri) {
        return answer(ledgers.restate(site, Months.parse(month, "month"), identity.getPrincipal().getName()), uri);
    }

    @GET
    @Path("/{month}")
    @RolesAllowed({Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "A closed month: its latest version, or the one asked for", description = "404 while the month is open.")
    public LedgerView get(@PathParam("site") String site, @PathParam("month") String month,
            @Parameter(description = "1, 2, ...; the latest when absent") @QueryParam("version") Integer version) {
        YearMonth parsed = Months.parse(month, "month");
        if (version != null && version < 1) {
            throw new InvalidInputException("version", "1 or more, got " + version);
        }
        ClosedLedger ledger = ledgers.find(site, parsed, version);
        return LedgerView.of(ledger, ledgers.versions(site, parsed).size(), null);
    }

    @GET
    @Path("/{month}/verify")
    @RolesAllowed({Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Verify a closed month against its hash, the chain and the raw readings",
            description = "Checks the stored content against its hash and the chain back to the site's first closed month, recomputes the "
                    + "month's rollups of the recorded counters from the raw readings, computes the month again with the recorded factor set and "
                    + "calculation day, and compares. ok, each check, and every difference with where it is. Always 200 for a closed month.")
    public Verification verify(@PathParam("site") String site, @PathParam("month") String month,
            @Parameter(description = "1, 2, ...; the latest when absent") @QueryParam("version") Integer version) {
        if (version != null && version < 1) {
            throw new InvalidInputException("version", "1 or more, got " + version);
        }
        return ledgers.verify(site, Months.parse(month, "month"), version);
    }

    private Response answer(LedgerService.Outcome outcome, UriInfo uri) {
        ClosedLedger ledger = outcome.ledger();
        LedgerView view = LedgerView.of(ledger, ledgers.versions(ledger.site(), ledger.month()).size(), outcome.outcome());
        if (!outcome.stored()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/sites").path(ledger.site()).path("carbon/ledgers").path(ledger.month().toString())
                .queryParam("version", ledger.version()).build()).entity(view).build();
    }
}
