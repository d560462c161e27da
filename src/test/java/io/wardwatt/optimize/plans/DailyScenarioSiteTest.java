package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.optimize.SolverSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The daily scenario's {@code site} object: what the meters said, under the keys the scenario reader takes. */
class DailyScenarioSiteTest {

    private static final DailyScenario DAILY = new DailyScenario("HOSP", "plants/demo-hospital.yaml",
            List.of(new TariffPeriod("flat", "00:00", "24:00", 0.7)), null, SolverSettings.DEFAULT);
    private static final DayLoadForecast FORECAST = new DayLoadForecast(7, "HOSP", LocalDate.of(2025, 10, 13), 60,
            Collections.nCopies(24, 5000.0), "test", Instant.parse("2025-10-12T09:30:00Z"));
    private static final DailyScenario.GridCarbon CARBON = new DailyScenario.GridCarbon(0.55, "configured");

    @Test
    void theMeasuredInputsGoUnderSiteAndTheirSourcesIntoTheDescription() {
        List<Double> other = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            other.add(2000 + h + 0.123456);
        }
        SiteConditions site = new SiteConditions(other, 4321.987, 0.912345678, 712.3456,
                List.of("other electricity: mean of 4 working days", "month peak so far: 4322.0 kW", "PV scale factor 0.9123, fitted",
                        "battery at the start: 712.3 kWh"));
        ObjectNode scenario = DAILY.build(FORECAST, List.of(), Optional.empty(), CARBON, site);
        JsonNode node = scenario.get("site");
        assertEquals(24, node.get("otherElectricityKw").size());
        assertEquals(2000.12, node.get("otherElectricityKw").get(0).asDouble(), 0);
        assertEquals(2023.12, node.get("otherElectricityKw").get(23).asDouble(), 0);
        assertEquals(4321.99, node.get("monthPeakSoFarKw").asDouble(), 0);
        assertEquals(0.9123, node.get("pvScaleFactor").asDouble(), 0);
        assertEquals(712.35, node.get("initialStateOfChargeKwh").asDouble(), 0);
        assertTrue(scenario.get("description").asText().endsWith("; site: other electricity: mean of 4 working days; month peak so far: "
                + "4322.0 kW; PV scale factor 0.9123, fitted; battery at the start: 712.3 kWh"), scenario.get("description").asText());
    }

    @Test
    void onlyWhatWasMeasuredIsWrittenAndNothingMeasuredWritesNoSite() {
        SiteConditions peakOnly = new SiteConditions(null, 0.0, null, null, List.of("month peak so far: 0 kW, the plan's day begins the month",
                "other electricity: none, only 1 complete working days"));
        JsonNode site = DAILY.build(FORECAST, List.of(), Optional.empty(), CARBON, peakOnly).get("site");
        assertEquals(List.of("monthPeakSoFarKw"), List.copyOf(iterable(site)));

        ObjectNode none = DAILY.build(FORECAST, List.of(), Optional.empty(), CARBON, SiteConditions.NONE);
        assertFalse(none.has("site"));
        assertFalse(none.get("description").asText().contains("site:"));
    }

    @Test
    void otherElectricityMustHaveASlotForEverySlotOfTheForecast() {
        SiteConditions short_ = new SiteConditions(Collections.nCopies(23, 100.0), null, null, null, List.of());
        assertThrows(IllegalArgumentException.class, () -> DAILY.build(FORECAST, List.of(), Optional.empty(), CARBON, short_));
        assertThrows(IllegalArgumentException.class, () -> new SiteConditions(List.of(Double.NaN), null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SiteConditions(null, -1.0, null, null, List.of()));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
