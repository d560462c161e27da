package io.wardwatt.readings.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.query.ConsumptionTotal;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.query.PointSummary;
import io.wardwatt.readings.query.QualityInterval;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series")
public class SeriesResource {

    private static final String DESCRIPTION = "from and to (exclusive) are instants (2026-01-31T16:00:00Z), local dates of the "
            + "site (2026-02-01) or local months (2026-02). resolution raw returns the readings with their quality; 15m and 1h are "
            + "UTC-aligned buckets; 1d and 1mo follow the site's local calendar. VALUE points give avg, min, max and count per "
            + "bucket; COUNTER points give consumption (point's unit and carrier's canonical unit) and anomalies per bucket.";

    private static final String CSV_DESCRIPTION = " With Accept: text/csv the same series comes as CSV: a header naming the point and "
            + "unit, one row per reading or bucket with its quality, and a row per missing interval.";

    private static final String TEXT_CSV = "text/csv";

    /**
     * A point's series; only the list that fits the point and resolution is present. A bucketed series has quality: the
     * intervals that are missing (finished buckets without data) or hold readings that are estimated, stale, suspect or bad.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeriesView(PointSummary point, String resolution, Instant from, Instant to, List<RawValue> readings,
                             List<ValueBucket> values, List<ConsumptionBucket> consumption, ConsumptionTotal total,
                             List<QualityInterval> quality) {

        static SeriesView of(PointSeries s) {
            return new SeriesView(s.point(), s.resolution(), s.from(), s.to(), s.readings(), s.values(), s.consumption(), s.total(),
                    s.quality());
        }
    }

    @Inject
    RollupSeriesReader reader;

    @GET
    @Path("/points/{pointId}/series")
    @RolesAllowed("**")
    @Operation(summary = "A point's readings or rollups over a period", description = DESCRIPTION)
    public SeriesView byId(@PathParam("pointId") int pointId, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("resolution") @DefaultValue("1h") String resolution) {
        return SeriesView.of(reader.series(reader.point(pointId), from, to, resolution));
    }

    @GET
    @Path("/series")
    @RolesAllowed("**")
    @Operation(summary = "A point's readings or rollups over a period, the point named SITE/POINT", description = DESCRIPTION)
    public SeriesView byKey(@QueryParam("point") String point, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("resolution") @DefaultValue("1h") String resolution) {
        return SeriesView.of(reader.series(reader.point(point), from, to, resolution));
    }

    @GET
    @Path("/points/{pointId}/series")
    @Produces(TEXT_CSV)
    @RolesAllowed("**")
    @Operation(summary = "A point's readings or rollups over a period, as CSV", description = DESCRIPTION + CSV_DESCRIPTION)
    public Response csvById(@PathParam("pointId") int pointId, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("resolution") @DefaultValue("1h") String resolution) {
        return csv(reader.series(reader.point(pointId), from, to, resolution));
    }

    @GET
    @Path("/series")
    @Produces(TEXT_CSV)
    @RolesAllowed("**")
    @Operation(summary = "A point's readings or rollups over a period, the point named SITE/POINT, as CSV",
            description = DESCRIPTION + CSV_DESCRIPTION)
    public Response csvByKey(@QueryParam("point") String point, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("resolution") @DefaultValue("1h") String resolution) {
        return csv(reader.series(reader.point(point), from, to, resolution));
    }

    private static Response csv(PointSeries series) {
        String file = series.point().key().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + series.resolution() + ".csv";
        return Response.ok(SeriesCsv.of(series), TEXT_CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
