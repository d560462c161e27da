package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Forecast bodies for tests. Forecasts are never deleted, so every test takes a day no earlier run has used: a random
 * day among some seven thousand years of them.
 */
public final class ForecastDays {

    private ForecastDays() {
    }

    public static LocalDate unusedDay() {
        // Years 3000-9844: past 9999 ISO dates take a '+' sign that a URL encodes, which is not what is tested.
        return LocalDate.of(3000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(2_500_000));
    }

    /** A summer-like day of hourly loads between base and peak kW, highest in the afternoon. */
    public static List<Double> hourlyLoads(double baseKw, double peakKw) {
        List<Double> loads = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            double shape = Math.max(0, Math.sin(Math.PI * (h - 6) / 16.0));
            loads.add((double) Math.round(baseKw + (peakKw - baseKw) * shape));
        }
        return loads;
    }

    public static Map<String, Object> body(String site, LocalDate date, int slotMinutes, List<Double> loads, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("site", site);
        body.put("date", date.toString());
        body.put("slotMinutes", slotMinutes);
        body.put("loadsKw", loads);
        body.put("source", source);
        return body;
    }
}
