package io.wardwatt.carbon.rest;

import java.time.OffsetDateTime;

/**
 * When the monthly job closes a site's previous month, as configured ({@code wardwatt.carbon.close.*}), so a screen can
 * say it in words rather than guess.
 *
 * @param scheduled     false when the job is switched off ({@code cron=off}): months are closed on request only
 * @param closesSite    whether the job closes this site's months (the site is in {@code wardwatt.carbon.sites})
 * @param dayOfMonth    the day of the month the job runs, when the cron names one day (2 for {@code 0 0 3 2 * ?}), else null
 * @param time          the local time it runs, HH:mm, when the cron names one (03:00), else null
 * @param nextRun       the next run, with the offset of the job's time zone; null when not scheduled
 */
public record CloseScheduleView(String site, boolean scheduled, boolean closesSite, String cron, String timeZone, Integer dayOfMonth,
                                String time, OffsetDateTime nextRun) {

    /** Day and time when the cron's seconds, minutes, hours and day-of-month are plain numbers, else nulls. */
    static CloseScheduleView of(String site, boolean closesSite, String cron, String timeZone, OffsetDateTime nextRun) {
        if (cron == null || cron.isBlank() || cron.strip().equalsIgnoreCase("off") || cron.strip().equalsIgnoreCase("disabled")) {
            return new CloseScheduleView(site, false, closesSite, cron, timeZone, null, null, null);
        }
        String[] fields = cron.strip().split("\\s+");
        Integer day = null;
        String time = null;
        if (fields.length >= 4 && fields[1].matches("\\d{1,2}") && fields[2].matches("\\d{1,2}")) {
            time = String.format("%02d:%02d", Integer.parseInt(fields[2]), Integer.parseInt(fields[1]));
        }
        if (fields.length >= 4 && fields[3].matches("\\d{1,2}")) {
            day = Integer.parseInt(fields[3]);
        }
        return new CloseScheduleView(site, true, closesSite, cron.strip(), timeZone, day, time, nextRun);
    }
}
