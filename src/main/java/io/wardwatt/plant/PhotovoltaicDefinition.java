package io.wardwatt.plant;

/**
 * A photovoltaic system as the plant file's {@code photovoltaic} section gives it: the array, its orientation and
 * site, and the parameters of the PVWatts-style model ({@code io.wardwatt.solar.PhotovoltaicModel}).
 *
 * @param peakKw DC rating at standard test conditions (1,000 W/m², 25 °C cell)
 * @param inverterAcKw the inverters' AC limit
 * @param tiltDeg tilt of the modules from horizontal, 0..90°
 * @param azimuthDeg direction the modules face, degrees clockwise from north (180 = south)
 * @param utcOffsetHours the site's clock against UTC (China: 8), to place the sun in local time
 * @param temperatureCoefficientPerK change of DC power per kelvin of cell temperature above 25 °C (crystalline
 *        silicon about −0.0037)
 * @param noctC nominal operating cell temperature (800 W/m², 20 °C air, 1 m/s wind)
 * @param systemLossFraction DC losses besides temperature and inverter: soiling, shading, mismatch, wiring,
 *        connections, light-induced degradation, nameplate, age, availability (PVWatts default 0.14)
 * @param scaleFactor what the model's output is multiplied by, fitted to the PV meter's history (1 = not fitted)
 */
public record PhotovoltaicDefinition(String id, double peakKw, double inverterAcKw, double tiltDeg, double azimuthDeg, double latitudeDeg,
        double longitudeDeg, double utcOffsetHours, double temperatureCoefficientPerK, double noctC, double systemLossFraction,
        double scaleFactor) {

    public PhotovoltaicDefinition {
        if (!(peakKw > 0) || !(inverterAcKw > 0)) {
            throw new IllegalArgumentException("PV " + id + ": peak and inverter ratings must be above 0 kW");
        }
        if (!(tiltDeg >= 0 && tiltDeg <= 90) || !(azimuthDeg >= 0 && azimuthDeg <= 360)) {
            throw new IllegalArgumentException("PV " + id + ": tilt 0..90°, azimuth 0..360°");
        }
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90) || !(longitudeDeg >= -180 && longitudeDeg <= 180)) {
            throw new IllegalArgumentException("PV " + id + ": latitude -90..90°, longitude -180..180°");
        }
        if (!(systemLossFraction >= 0 && systemLossFraction < 1) || !(scaleFactor > 0)) {
            throw new IllegalArgumentException("PV " + id + ": system loss 0..1 (below 1), scale factor above 0");
        }
    }

    /** The same system with another fitted scale factor. */
    public PhotovoltaicDefinition withScaleFactor(double factor) {
        return new PhotovoltaicDefinition(id, peakKw, inverterAcKw, tiltDeg, azimuthDeg, latitudeDeg, longitudeDeg, utcOffsetHours,
                temperatureCoefficientPerK, noctC, systemLossFraction, factor);
    }
}
