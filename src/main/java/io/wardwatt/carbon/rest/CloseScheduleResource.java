package io.wardwatt.carbon.rest;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.wardwatt.access.Role;
import io.wardwatt.carbon.runtime.CarbonConfig;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/carbon/close-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carbon ledgers", description = "Monthly carbon ledgers: preview, close (lock), restate, verify")
public class CloseScheduleResource {

    /** The identity of LedgerCloseJob's @Scheduled method. */
    static final String JOB = "wardwatt-carbon-close";

    @Inject
    CarbonConfig config;

    @Inject
    Scheduler scheduler;

    @Inject
    SiteService sites;

    @GET
    @RolesAllowed({Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "When the monthly job closes the site's previous month",
            description = "The configured cron (wardwatt.carbon.close.cron) and time zone, the day of the month and local time it names, "
                    + "whether the job closes this site, and its next run (ISO 8601 with the zone's offset). scheduled=false when the job "
                    + "is off: months are then closed on request only (POST /api/sites/{site}/carbon/ledgers/{month}/close).")
    public CloseScheduleView schedule(@PathParam("site") String site) {
        String code = sites.find(site).orElseThrow(() -> new UnknownEntityException("site", site)).code();
        var zone = config.close().timeZone();
        OffsetDateTime next = Optional.ofNullable(scheduler.getScheduledJob(JOB)).map(Trigger::getNextFireTime)
                .map((Instant at) -> at.atZone(zone).toOffsetDateTime()).orElse(null);
        return CloseScheduleView.of(code, config.sites().contains(code), config.close().cron(), zone.getId(), next);
    }
}
