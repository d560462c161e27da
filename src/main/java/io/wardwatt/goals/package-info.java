/**
 * Saving goals: a site's baseline year and targets ({@link SiteGoals}), the months' energy in standard coal
 * ({@link TceCoefficients}, from the carbon factor set), the Guideline 14 baseline model on degree-days and outpatient
 * visits ({@link BaselineModel}) and the progress of a year against the targets ({@link GoalProgress}). Plain Java;
 * {@code goals.store}, {@code goals.rest} and {@code goals.runtime} are built around it, {@code goals.report} draws the
 * leadership page.
 */
package io.wardwatt.goals;
