package io.wardwatt.forecast.weather;

/** Where an hour of weather came from; the label is what the database and the API show. */
public enum WeatherSource {
    /** A typical-year EPW file of the site (stored on the reference year). */
    EPW_TYPICAL("epw-typical"),
    /** An EPW file of observed weather. */
    EPW_HISTORY("epw-history"),
    /** The weather provider's current forecast. */
    PROVIDER("provider"),
    /** The provider could not be used: the last forecast it gave that covers the hour. */
    FALLBACK_LAST("fallback-last"),
    /** Neither the provider nor an earlier forecast covers the hour: the typical year's same month, day and hour. */
    FALLBACK_TYPICAL("fallback-typical"),
    /** Nothing covers the hour (no forecast, no typical year imported): the values are absent. */
    NONE("none");

    private final String label;

    WeatherSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
