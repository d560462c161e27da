package io.wardwatt.plant;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.LocatedFields;
import java.util.Set;

/**
 * The optional {@code photovoltaic} section of a plant file (format in {@code chiller-models/README.md}, "Site
 * energy"). Problems are added to the file's list, each with line and path; a section with any problem yields null.
 */
public final class PhotovoltaicReader {

    static final String SECTION = "photovoltaic";
    private static final Set<String> KEYS = Set.of("id", "peakKw", "inverterAcKw", "tiltDeg", "azimuthDeg", "latitudeDeg", "longitudeDeg",
            "utcOffsetHours", "temperatureCoefficientPerK", "noctC", "systemLossFraction", "scaleFactor");
    /** PVWatts v5's default of the losses besides temperature and inverter (Dobos 2014, table 3: 14.08 %). */
    static final double DEFAULT_SYSTEM_LOSS = 0.14;
    /** Crystalline silicon, PVWatts v5's "standard" module. */
    static final double DEFAULT_TEMPERATURE_COEFFICIENT = -0.0037;
    static final double DEFAULT_NOCT_C = 45;

    private final LocatedFields fields;

    public PhotovoltaicReader(LocatedFields fields) {
        this.fields = fields;
    }

    /** The section under {@code root}, or null when the file has none or it has problems (then reported). */
    public PhotovoltaicDefinition read(JsonNode root) {
        JsonNode node = fields.object(root, "", SECTION, false);
        if (node == null) {
            return null;
        }
        int before = fields.problems().size();
        String path = SECTION;
        fields.knownKeys(node, path, KEYS);
        String id = fields.text(node, path, "id", "PV");
        double peakKw = fields.positive(node, path, "peakKw", 1e6);
        double inverterAcKw = fields.positive(node, path, "inverterAcKw", 1e6);
        double tilt = fields.numberIn(node, path, "tiltDeg", Double.NaN, 0, 90, "a tilt from horizontal in 0..90°");
        double azimuth = fields.numberIn(node, path, "azimuthDeg", Double.NaN, 0, 360, "degrees clockwise from north in 0..360 (180 = south)");
        double latitude = fields.numberIn(node, path, "latitudeDeg", Double.NaN, -90, 90, "in -90..90°");
        double longitude = fields.numberIn(node, path, "longitudeDeg", Double.NaN, -180, 180, "in -180..180° (east positive)");
        // Without an offset the site keeps the time of its standard meridian; China keeps UTC+8 even in the west, so
        // a site far from 120° E must say so.
        double standardMeridian = Double.isNaN(longitude) ? 0 : Math.round(longitude / 15.0);
        double offset = fields.numberIn(node, path, "utcOffsetHours", standardMeridian, -12, 14, "in -12..14 hours");
        double gamma = fields.numberIn(node, path, "temperatureCoefficientPerK", DEFAULT_TEMPERATURE_COEFFICIENT, -0.01, 0,
                "a power change per kelvin in -0.01..0 (crystalline silicon about -0.0037)");
        double noct = fields.numberIn(node, path, "noctC", DEFAULT_NOCT_C, 30, 70, "a nominal operating cell temperature in 30..70 °C");
        double losses = fields.numberIn(node, path, "systemLossFraction", DEFAULT_SYSTEM_LOSS, 0, 0.9, "a fraction in 0..0.9");
        double scale = fields.numberIn(node, path, "scaleFactor", 1.0, 0.2, 3, "a fitted factor in 0.2..3");
        if (inverterAcKw > 0 && peakKw > 0 && inverterAcKw > 2 * peakKw) {
            fields.problem(path + ".inverterAcKw", LocatedFields.format(inverterAcKw) + " kW is more than twice the array's "
                    + LocatedFields.format(peakKw) + " kWp: a unit mix-up (W for kW?)");
        }
        if (fields.problems().size() > before) {
            return null;
        }
        return new PhotovoltaicDefinition(id, peakKw, inverterAcKw, tilt, azimuth, latitude, longitude, offset, gamma, noct, losses, scale);
    }
}
