package io.wardwatt.optimize.runtime;

import io.wardwatt.forecast.ForecastDayCalendar;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.plans.OtherElectricity;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site's measured electricity before a plan's day ({@link OtherElectricity}): what the site besides the chiller plant
 * used on the latest days of the plan day's type, and the month's highest 15-minute grid import so far.
 */
@ApplicationScoped
public class SiteElectricityHistory {

    /** Fewer days than this and a mean is one day's accidents. */
    static final int MIN_DAYS = 2;

    @Inject
    OptimizeConfig config;

    @Inject
    SiteMeters meters;

    @Inject
    SiteService sites;

    @Inject
    ForecastDayCalendar calendar;

    /** The meters of the balance, and what is missing from it. */
    private record Balance(List<MeasurementPoint> added, List<MeasurementPoint> subtracted, List<String> notes) {

        String formula() {
            String plus = added.stream().map(MeasurementPoint::code).collect(Collectors.joining(" + "));
            return plus + subtracted.stream().map(p -> " − " + p.code()).collect(Collectors.joining());
        }

        String withNotes() {
            return notes.isEmpty() ? formula() : formula() + " (" + String.join("; ", notes) + ": taken as 0)";
        }
    }

    /**
     * Per slot, the mean over the latest complete days of the day's type (working or not) of the site's electricity
     * besides the chiller plant, kW.
     */
    MeasuredInput<List<Double>> otherElectricity(String site, LocalDate day, int slotMinutes, int slots) {
        String what = "other electricity";
        if (slotMinutes % OtherElectricity.QUARTER_MINUTES != 0) {
            return MeasuredInput.absent(what + ": none, " + slotMinutes + "-minute slots are not whole quarter hours (the meters' finest rollup)");
        }
        List<String> importNotes = new ArrayList<>();
        List<MeasurementPoint> imports = importMeters(site, importNotes);
        if (imports.isEmpty()) {
            return MeasuredInput.absent(what + ": none, " + String.join("; ", importNotes));
        }
        Balance balance = balance(site, imports, importNotes);
        ZoneId zone = zone(site);
        OptimizeConfig.Site settings = config.site();
        Instant from = day.minusDays(settings.otherElectricitySearchDays()).atStartOfDay(zone).toInstant();
        int quarters = quarters(from, day.atStartOfDay(zone).toInstant());
        List<double[]> added = balance.added().stream().map(p -> meters.consumption(p, from, quarters, SiteMeters.QUARTER)).toList();
        List<double[]> subtracted = balance.subtracted().stream().map(p -> meters.consumption(p, from, quarters, SiteMeters.QUARTER)).toList();
        double[] net = OtherElectricity.balanceKwh(added, subtracted, quarters);

        boolean working = calendar.calendar().dayType(day).isWorking();
        String dayType = working ? "working" : "non-working";
        int planQuarters = slots * slotMinutes / OtherElectricity.QUARTER_MINUTES;
        List<LocalDate> used = new ArrayList<>();
        List<double[]> days = new ArrayList<>();
        for (LocalDate candidate : OtherElectricity.sameDayTypeBefore(day, calendar.calendar(), settings.otherElectricitySearchDays())) {
            int start = quarters(from, candidate.atStartOfDay(zone).toInstant());
            int end = quarters(from, candidate.plusDays(1).atStartOfDay(zone).toInstant());
            // A day of another length (a change of clocks) has no slot-for-slot likeness to the plan's.
            if (end - start != planQuarters) {
                continue;
            }
            double[] quartersOfDay = Arrays.copyOfRange(net, start, end);
            if (OtherElectricity.complete(quartersOfDay)) {
                used.add(candidate);
                days.add(quartersOfDay);
            }
            if (days.size() == settings.otherElectricityDays()) {
                break;
            }
        }
        if (days.size() < MIN_DAYS) {
            return MeasuredInput.absent(what + ": none, only " + days.size() + " complete " + dayType + (days.size() == 1 ? " day" : " days") + " of " + balance.formula()
                    + " in the " + settings.otherElectricitySearchDays() + " days before " + day + " (at least " + MIN_DAYS + " needed)");
        }
        List<Double> kw = OtherElectricity.meanKw(days, slotMinutes);
        for (int s = 0; s < kw.size(); s++) {
            if (kw.get(s) < 0) {
                return MeasuredInput.absent(what + ": none, slot " + s + " comes out at " + String.format(Locale.ROOT, "%.1f", kw.get(s))
                        + " kW: the meters " + balance.formula() + " do not balance (is a sub-meter outside the incomers?)");
            }
        }
        return new MeasuredInput<>(kw, what + ": mean of " + days.size() + " " + dayType + " days (" + used.stream().map(LocalDate::toString)
                .collect(Collectors.joining(", ")) + ") of " + balance.withNotes() + ", 15-minute consumption");
    }

    /** The highest 15-minute import of the incomers together since the plan day's month began (local), kW. */
    MeasuredInput<Double> monthPeakSoFar(String site, LocalDate day) {
        String what = "month peak so far";
        LocalDate monthStart = day.withDayOfMonth(1);
        if (day.equals(monthStart)) {
            return new MeasuredInput<>(0.0, what + ": 0 kW, the plan's day begins the month");
        }
        List<String> notes = new ArrayList<>();
        List<MeasurementPoint> imports = importMeters(site, notes);
        if (imports.isEmpty()) {
            return MeasuredInput.absent(what + ": none, " + String.join("; ", notes));
        }
        ZoneId zone = zone(site);
        Instant from = monthStart.atStartOfDay(zone).toInstant();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant now = Instant.now();
        int quarters = quarters(from, now.isBefore(dayStart) ? now : dayStart);
        double peak = OtherElectricity.peakKw(imports.stream().map(p -> meters.consumption(p, from, quarters, SiteMeters.QUARTER)).toList());
        String incomers = imports.stream().map(MeasurementPoint::code).collect(Collectors.joining(" + "))
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
        if (Double.isNaN(peak)) {
            return MeasuredInput.absent(what + ": none, no quarter hour with a figure from every incomer (" + incomers + ") since " + monthStart);
        }
        return new MeasuredInput<>(peak, what + ": " + String.format(Locale.ROOT, "%.1f", peak) + " kW, highest 15-minute import of " + incomers
                + " since " + monthStart);
    }

    /** The configured incomers found fit in the site model; the others' reasons in {@code notes}. */
    private List<MeasurementPoint> importMeters(String site, List<String> notes) {
        List<String> codes = config.site().importPoints().orElse(List.of());
        if (codes.isEmpty()) {
            notes.add("no grid import meter (wardwatt.optimize.site.import-points is not set)");
            return List.of();
        }
        List<MeasurementPoint> found = new ArrayList<>();
        for (String code : codes) {
            meters.kwhCounter(site, Optional.of(code), "wardwatt.optimize.site.import-points", "grid import " + code, notes).ifPresent(found::add);
        }
        return found;
    }

    private Balance balance(String site, List<MeasurementPoint> imports, List<String> importNotes) {
        List<String> notes = new ArrayList<>(importNotes);
        OptimizeConfig.Site settings = config.site();
        List<MeasurementPoint> added = new ArrayList<>(imports);
        List<MeasurementPoint> subtracted = new ArrayList<>();
        meters.kwhCounter(site, Optional.of(config.actual().plantPoint()), "wardwatt.optimize.actual.plant-point", "chiller plant meter", notes)
                .ifPresent(subtracted::add);
        meters.kwhCounter(site, settings.pvPoint(), PvCalibration.PV_KEY, "PV meter", notes).ifPresent(added::add);
        meters.kwhCounter(site, settings.batteryDischargePoint(), "wardwatt.optimize.site.battery-discharge-point", "battery discharge meter",
                notes).ifPresent(added::add);
        meters.kwhCounter(site, settings.batteryChargePoint(), "wardwatt.optimize.site.battery-charge-point", "battery charge meter", notes)
                .ifPresent(subtracted::add);
        return new Balance(added, subtracted, notes);
    }

    private ZoneId zone(String site) {
        return sites.find(site).orElseThrow(() -> new UnknownEntityException("site", site)).zone();
    }

    private static int quarters(Instant from, Instant to) {
        return to.isAfter(from) ? (int) (Duration.between(from, to).toMinutes() / OtherElectricity.QUARTER_MINUTES) : 0;
    }
}
