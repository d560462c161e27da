package io.wardwatt.forecast.weather;

import java.time.Instant;

/**
 * What an EPW import did. Rows already stored with the same values are left alone, so importing the same file again
 * changes nothing ({@code unchanged} = {@code rows}); a corrected file replaces the values that differ.
 *
 * @param first the first hour stored (for a typical year: on the reference year)
 */
public record EpwImport(String site, String kind, String location, int rows, Instant first, Instant last, int inserted, int changed,
                        int unchanged) {
}
