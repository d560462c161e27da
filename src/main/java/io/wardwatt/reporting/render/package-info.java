/**
 * The month's carbon report rendered for people: the XLSX annex (emission totals, activity data, factors) and the
 * PDF that the energy manager and the head of logistics sign. Plain Java on fastexcel and PDFBox; both renders of
 * the same report are the same bytes.
 */
package io.wardwatt.reporting.render;
