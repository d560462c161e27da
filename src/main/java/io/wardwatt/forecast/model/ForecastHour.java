package io.wardwatt.forecast.model;

import java.time.Instant;

/**
 * One hour of an issued load forecast.
 *
 * @param hourStart the instant the hour starts
 * @param hoursAhead 1 for the hour that starts at the issue, 2 for the next, ...
 * @param leadDays local days between the day and the hour's day (which model forecast it)
 * @param loadKw mean load over the hour, kW; never below 0
 * @param substituted whether a recent load the model reads was missing and replaced
 */
public record ForecastHour(Instant hourStart, int hoursAhead, int leadDays, double loadKw, boolean substituted) {
}
