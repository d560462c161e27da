/**
 * PV forecast: where the sun is, how global horizontal irradiance splits into beam and diffuse, what reaches the
 * tilted modules and what AC power the array gives, following the structure of NREL's PVWatts v5 (Dobos, A. P.,
 * "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014), and the fit of a scale factor to a PV meter's history.
 * Calculation core: no framework.
 */
package io.wardwatt.solar;
