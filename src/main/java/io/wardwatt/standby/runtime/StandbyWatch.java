package io.wardwatt.standby.runtime;

import io.wardwatt.alerts.Alert;
import io.wardwatt.alerts.AlertMessage;
import io.wardwatt.alerts.AlertSink;
import io.wardwatt.alerts.RaisedAlert;
import io.wardwatt.alerts.Severity;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import io.wardwatt.standby.StandbyAssessment;
import io.wardwatt.standby.StandbyFinding;
import io.wardwatt.standby.StandbyReport;
import io.wardwatt.standby.WatchedDevice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a site's watched medical devices for one local day from the 15-minute rollups, and posts an alert per device
 * whose standby draw is above its standard by more than the threshold. Evaluating the day again updates those alerts
 * (and clears one whose device, with corrected readings, is no longer above): never a second alert for the same day.
 */
@ApplicationScoped
public class StandbyWatch {

    public static final String KIND = "standby-excess";

    @Inject
    StandbyConfig config;

    @Inject
    StandbyStandardsFile standards;

    @Inject
    SiteService sites;

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader series;

    @Inject
    AlertSink alerts;

    public StandbyReport evaluate(String siteCode, LocalDate day) {
        Site site = sites.find(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
        ZoneId zone = ZoneId.of(site.timeZone());
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        StandbyAssessment assessment = new StandbyAssessment(config.threshold(), config.minStandbyHours());
        List<StandbyFinding> findings = new ArrayList<>();
        List<Long> raised = new ArrayList<>();
        for (WatchedDevice device : standards.standards().devices()) {
            Optional<MeasurementPoint> power = points.byKey(site.code(), device.powerPoint());
            Optional<MeasurementPoint> state = points.byKey(site.code(), device.statePoint());
            if (power.isEmpty() || state.isEmpty()) {
                continue; // a device of the standards file that this site does not have
            }
            StandbyFinding finding = assessment.assess(device, quarters(state.get(), from, to), quarters(power.get(), from, to));
            findings.add(finding);
            String period = day.toString();
            if (finding.alert()) {
                Alert alert = alerts.raise(new RaisedAlert(KIND, site.code(), device.device(), period, from, to,
                        finding.excess() > 3 * config.threshold() ? Severity.CRITICAL : Severity.WARNING,
                        StandbyAssessment.describe(finding), finding.drawKw(), finding.standardKw(), finding.kwhWasted(), message(finding)));
                raised.add(alert.id());
            } else if (finding.note() == null) {
                alerts.clear(KIND, site.code(), device.device(), period);
            }
        }
        return new StandbyReport(site.code(), day, from, to, config.threshold(), findings, raised);
    }

    /** The alert's words for every language: what describe says, as a message key with its numbers. */
    static AlertMessage message(StandbyFinding f) {
        return AlertMessage.of("alert.text.standby-excess", "device", f.device(), "drawKw", f.drawKw(), "standardKw", f.standardKw(),
                "excessPct", f.excess() * 100, "hours", f.standbyHours(), "kwhWasted", f.kwhWasted());
    }

    private List<ValueBucket> quarters(MeasurementPoint point, Instant from, Instant to) {
        List<ValueBucket> values = series.series(point, from.toString(), to.toString(), "15m").values();
        return values == null ? List.of() : values;
    }
}
