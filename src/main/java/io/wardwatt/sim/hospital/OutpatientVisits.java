package io.wardwatt.sim.hospital;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Outpatient visits over the day and the week. Registration opens at 07:30 and clinics close at 17:30;
 * arrivals peak mid-morning (09:30) and again after lunch (14:30), as the registration records of large
 * Chinese hospitals show. Mondays are the busiest day, weekends run reduced clinics. Each visitor stays
 * about two and a half hours (waiting, consultation, tests, pharmacy) with 0.8 companions on average.
 */
public final class OutpatientVisits {

    static final double OPEN_HOUR = 7.5;
    static final double CLOSE_HOUR = 17.5;
    private static final double STAY_HOURS = 2.5;
    private static final double COMPANIONS_PER_VISITOR = 0.8;
    private static final Map<DayOfWeek, Double> DAY_FACTORS = Map.of(DayOfWeek.MONDAY, 1.15, DayOfWeek.TUESDAY, 1.05,
            DayOfWeek.WEDNESDAY, 1.0, DayOfWeek.THURSDAY, 1.0, DayOfWeek.FRIDAY, 0.95, DayOfWeek.SATURDAY, 0.5, DayOfWeek.SUNDAY, 0.35);

    private final double midweekVisits;
    private final ZoneId zone;
    private final double profileNorm;

    /** @param midweekVisits visits on a Wednesday */
    public OutpatientVisits(double midweekVisits, ZoneId zone) {
        this.midweekVisits = midweekVisits;
        this.zone = zone;
        double integral = 0;
        int steps = 2_000;
        for (int i = 0; i < steps; i++) {
            integral += shape(OPEN_HOUR + (CLOSE_HOUR - OPEN_HOUR) * (i + 0.5) / steps) * (CLOSE_HOUR - OPEN_HOUR) / steps;
        }
        this.profileNorm = integral;
    }

    public double visitsOn(LocalDate date) {
        return midweekVisits * dayFactor(date);
    }

    /** Visits on that day over a Wednesday's. */
    public double dayFactor(LocalDate date) {
        return DAY_FACTORS.get(date.getDayOfWeek());
    }

    /** Arrivals per hour at this instant. */
    public double arrivalsPerHour(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        double hour = local.toLocalTime().toSecondOfDay() / 3600.0;
        return visitsOn(local.toLocalDate()) * shape(hour) / profileNorm;
    }

    /** Outpatients and their companions in the buildings at this instant. */
    public double peopleOnSite(Instant at) {
        int steps = 15;
        double patients = 0;
        for (int i = 0; i < steps; i++) {
            double hoursBack = STAY_HOURS * (i + 0.5) / steps;
            patients += arrivalsPerHour(at.minusSeconds((long) (hoursBack * 3600))) * STAY_HOURS / steps;
        }
        return patients * (1 + COMPANIONS_PER_VISITOR);
    }

    /** Arrival rate over the peak weekday rate (0..~1): how busy the clinics are. */
    public double busyness(Instant at) {
        return arrivalsPerHour(at) / (midweekVisits * DAY_FACTORS.get(DayOfWeek.MONDAY) * shape(9.5) / profileNorm);
    }

    /** True between registration opening and clinic closing. */
    public boolean clinicsOpen(Instant at) {
        double hour = at.atZone(zone).toLocalTime().toSecondOfDay() / 3600.0;
        return hour >= OPEN_HOUR && hour < CLOSE_HOUR;
    }

    private static double shape(double hour) {
        if (hour < OPEN_HOUR || hour >= CLOSE_HOUR) {
            return 0;
        }
        double morning = Math.exp(-0.5 * Math.pow((hour - 9.5) / 1.1, 2));
        double afternoon = 0.6 * Math.exp(-0.5 * Math.pow((hour - 14.5) / 1.0, 2));
        return morning + afternoon;
    }
}
