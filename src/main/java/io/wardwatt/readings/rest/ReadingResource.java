package io.wardwatt.readings.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.input.InputProblem;
import io.wardwatt.readings.ReadingValidator;
import io.wardwatt.readings.Rejection;
import io.wardwatt.readings.ValidatedReadings;
import io.wardwatt.readings.WriteOutcome;
import io.wardwatt.readings.runtime.ReadingsIngestion;
import io.wardwatt.readings.runtime.ReadingsUnavailableException;
import io.wardwatt.web.ApiError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * POST /api/readings: readings from gateways, scripts and bulk loads, in JSON or CSV. Valid items are stored
 * and invalid ones listed (or, with {@code atomic=true}, one invalid item refuses all); the answer comes after
 * the commit, so a 200 means durable. Re-sending is always safe: a reading is stored once per point and time.
 */
@Path("/api/readings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Readings")
public class ReadingResource {

    private static final String ATOMIC_DOC = "true: any invalid item refuses the whole request (400 listing every problem, "
            + "nothing stored). false (default): valid items are stored, invalid ones listed under rejected.";

    @Inject
    ReadingsIngestion ingestion;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ENGINEER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Ingest readings (JSON)", description = "Body {\"readings\":[{\"point\":\"SITE/POINT\" or \"pointId\":17, "
            + "\"ts\":\"2026-07-01T08:00:00+08:00\", \"value\":123.4, \"quality\":\"good\"}]}. Answers after the commit with "
            + "accepted (new), duplicates (already stored, unchanged), conflicting (duplicates with another value) and rejected items; "
            + "503 when the commit is not confirmed in time (re-sending is safe).")
    public IngestResponse ingestJson(InputStream body,
                                     @Parameter(description = ATOMIC_DOC) @QueryParam("atomic") @DefaultValue("false") boolean atomic)
            throws IOException {
        ReadingValidator.BatchCheck check = ingestion.check();
        ReadingsJsonReader.read(body, check::add);
        return store(check.finish(), atomic, r -> new InputProblem("readings[" + r.index() + "]." + r.field(), r.problem()));
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({Role.ENGINEER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Ingest readings (CSV)", description = "One reading a line: point,ts,value[,quality]; point is SITE/POINT "
            + "or a numeric id; an optional header line starts with 'point,'. Same policy and answer as the JSON form; problems "
            + "are named by line.")
    public IngestResponse ingestCsv(InputStream body,
                                    @Parameter(description = ATOMIC_DOC) @QueryParam("atomic") @DefaultValue("false") boolean atomic)
            throws IOException {
        ReadingValidator.BatchCheck check = ingestion.check();
        LineNumbers lines = new LineNumbers();
        ReadingsCsvReader.read(body, check::add, lines::add);
        return store(check.finish(), atomic, r -> new InputProblem("line " + lines.of(r.index()) + ", "
                + ("pointId".equals(r.field()) ? "point" : r.field()), r.problem()));
    }

    @ServerExceptionMapper
    public Response unavailable(ReadingsUnavailableException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "5")
                .entity(new ApiError(e.getClass().getSimpleName(), 503, e.getMessage(), List.of())).build();
    }

    private IngestResponse store(ValidatedReadings checked, boolean atomic, Function<Rejection, InputProblem> naming) {
        WriteOutcome outcome = ingestion.submit(checked, atomic, "api:" + identity.getPrincipal().getName(), naming);
        return new IngestResponse(outcome.inserted(), outcome.duplicates(), outcome.conflicting(),
                checked.rejections().stream().map(naming).toList());
    }

    /** The source line of each CSV item, by item index. */
    private static final class LineNumbers {
        private int[] lines = new int[1024];
        private int count;

        void add(int line) {
            if (count == lines.length) {
                lines = java.util.Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = line;
        }

        int of(int index) {
            return lines[index];
        }
    }
}
