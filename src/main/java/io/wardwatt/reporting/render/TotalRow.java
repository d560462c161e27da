package io.wardwatt.reporting.render;

import java.math.BigDecimal;

/**
 * One line of the emission totals: a figure of one view, rounded as reported.
 *
 * @param view    the view it belongs to (compliance, GHG Protocol, energy, ...)
 * @param item    what it is; the English label is unique in the table
 * @param value   already rounded by {@code precision}
 * @param note    e.g. the factor id behind a factor row; empty when none
 * @param summary also shown in the PDF for signature (the annex shows every row)
 */
record TotalRow(Bilingual view, Bilingual item, String unit, BigDecimal value, Precision precision, String note, boolean summary) {
}
