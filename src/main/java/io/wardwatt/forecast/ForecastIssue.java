package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.List;

/** A day's cooling-load forecast about to be issued (checked by {@link ForecastIssueReader}). */
public record ForecastIssue(String site, LocalDate date, int slotMinutes, List<Double> loadsKw, String source) {

    public ForecastIssue {
        loadsKw = List.copyOf(loadsKw);
    }

    /** Whether an issue already stored says exactly this (a re-post of it is not a new issue). */
    public boolean sameAs(DayLoadForecast stored) {
        return stored.site().equals(site) && stored.date().equals(date) && stored.slotMinutes() == slotMinutes
                && stored.loadsKw().equals(loadsKw) && stored.source().equals(source);
    }
}
