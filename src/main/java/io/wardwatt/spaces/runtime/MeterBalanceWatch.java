package io.wardwatt.spaces.runtime;

import io.wardwatt.alerts.Alert;
import io.wardwatt.alerts.AlertMessage;
import io.wardwatt.alerts.AlertSink;
import io.wardwatt.alerts.RaisedAlert;
import io.wardwatt.alerts.Severity;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.spaces.BalanceCheck;
import io.wardwatt.spaces.BalanceReport;
import io.wardwatt.spaces.BalanceResult;
import io.wardwatt.spaces.EnergyPeriod;
import io.wardwatt.spaces.MeterGroup;
import io.wardwatt.spaces.MeterTree;
import io.wardwatt.spaces.store.SpaceRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The balance check of a site's sub-meter tree over a local day or month: every parent meter against the sum of its
 * children. When asked to, posts an alert (kind meter-imbalance) per group out of balance, and clears the alert of a
 * group found in balance again; the same group and period is always the same alert.
 */
@ApplicationScoped
public class MeterBalanceWatch {

    public static final String KIND = "meter-imbalance";

    @Inject
    SpacesConfig config;

    @Inject
    SpaceRows rows;

    @Inject
    PointDirectory points;

    @Inject
    CounterTotals totals;

    @Inject
    AlertSink alerts;

    public BalanceReport check(String siteCode, String periodText, boolean raiseAlerts) {
        SpaceRows.SiteRef site = rows.site(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
        EnergyPeriod period = EnergyPeriod.parse(periodText, site.zone());
        List<MeterGroup> groups = MeterTree.groups(rows.spaces(site.id()), points.ofSite(site.id()), config.balance().siteMains());
        Set<MeasurementPoint> meters = new LinkedHashSet<>();
        groups.forEach(g -> {
            meters.addAll(g.parents());
            meters.addAll(g.children());
        });
        Map<Integer, Double> consumption = totals.over(meters, period.from(), period.to());
        BalanceCheck check = new BalanceCheck(config.balance().lossAllowance());
        List<BalanceResult> results = new ArrayList<>();
        List<Long> raised = new ArrayList<>();
        for (MeterGroup group : groups) {
            BalanceResult result = check.check(group, consumption);
            results.add(result);
            if (!raiseAlerts || result.note() != null) {
                continue;
            }
            if (result.imbalanced()) {
                Alert alert = alerts.raise(new RaisedAlert(KIND, site.code(), group.key(), period.label(), period.from(), period.to(),
                        Math.abs(result.deviation()) > 3 * result.lossAllowance() ? Severity.CRITICAL : Severity.WARNING,
                        BalanceCheck.describe(result), result.parentTotal(), result.childrenTotal(), null, message(result)));
                raised.add(alert.id());
            } else {
                alerts.clear(KIND, site.code(), group.key(), period.label());
            }
        }
        return new BalanceReport(site.code(), period.label(), period.from(), period.to(), config.balance().lossAllowance(), results, raised);
    }

    /** The alert's words for every language: what BalanceCheck.describe says, as a message key with its numbers. */
    static AlertMessage message(BalanceResult r) {
        return AlertMessage.of("alert.text.meter-imbalance", "group", r.group(), "parents", String.join("+", r.parents()),
                "parentTotal", r.parentTotal(), "children", String.join("+", r.children()), "childrenTotal", r.childrenTotal(), "unit", r.unit(),
                "deviationPct", r.deviation() * 100, "allowancePct", r.lossAllowance() * 100);
    }
}
