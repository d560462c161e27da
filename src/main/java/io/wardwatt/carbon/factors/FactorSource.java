package io.wardwatt.carbon.factors;

import java.time.LocalDate;

/**
 * Where factor values were published.
 *
 * @param issuer      the authority, in Chinese and English
 * @param document    title and number of the announcement, guideline or standard, and the table
 * @param published   as the set file writes it: a day ({@code 2024-12-23}) or only a year ({@code 2020})
 * @param publishedBy the day the policy counts it published: the day, or 31 December when only the year is known
 * @param seenIn      where the figures were read (official PDF, a reprint, a transcription), for checking
 */
public record FactorSource(String id, String issuer, String document, String published, LocalDate publishedBy, String seenIn) {

    /** Published on or before the day. */
    public boolean publishedBy(LocalDate day) {
        return !publishedBy.isAfter(day);
    }
}
