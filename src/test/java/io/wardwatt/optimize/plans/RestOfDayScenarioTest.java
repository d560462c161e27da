package io.wardwatt.optimize.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.SlotConditions;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.replan.LoadCorrection;
import io.wardwatt.optimize.replan.MeasuredPlantState;
import io.wardwatt.optimize.replan.RestOfDay;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The re-plan's stored scenario, read as the planner reads it, is the rest of the day built from the approved problem:
 * the demo hospital's daily scenario (plant file, weather, tariff, site with battery), re-planned from 14:20.
 */
class RestOfDayScenarioTest {

    private static final Path MODELS = Path.of("chiller-models");
    private static final LocalDate DAY = LocalDate.of(2026, 7, 15);

    @Test
    void theStoredScenarioReadsAsTheRestOfTheDay() {
        List<Double> loads = new ArrayList<>();
        List<Double> dryBulb = new ArrayList<>();
        List<Double> humidity = new ArrayList<>();
        List<Double> solar = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            loads.add(3000 + 2000 * Math.sin(Math.PI * h / 23));
            dryBulb.add(27 + 6 * Math.sin(Math.PI * (h - 6) / 18));
            humidity.add(70.0 - h);
            solar.add(h < 6 || h > 18 ? 0 : 800 * Math.sin(Math.PI * (h - 6) / 13));
            other.add(2500.0 + 10 * h);
        }
        DailyScenario daily = new DailyScenario("HOSP", "plants/demo-hospital.yaml", List.of(new TariffPeriod("valley", "00:00", "08:00", 0.3),
                new TariffPeriod("peak", "08:00", "22:00", 1.2), new TariffPeriod("valley", "22:00", "24:00", 0.3)), null, SolverSettings.DEFAULT);
        ObjectNode approvedScenario = daily.build(new DayLoadForecast(1, "HOSP", DAY, 60, loads, "test", Instant.parse("2026-07-14T09:30:00Z")),
                List.of(), Optional.of(new DayWeather("HOSP", DAY, 60, dryBulb, humidity, solar, "test")),
                new DailyScenario.GridCarbon(0.55, "configured"), new SiteConditions(other, 3000.0, null, 600.0, List.of("test")));
        DayProblem approved = ScenarioReader.read(approvedScenario.toString(), "approved", MODELS).problem();

        LocalDateTime now = DAY.atTime(14, 20);
        List<MeasuredPlantState.Chiller> chillers = approved.chillers().stream()
                .map(c -> new MeasuredPlantState.Chiller(c.id(), c.id().equals(approved.chillers().get(0).id()), DAY.atTime(9, 0), 1)).toList();
        RestOfDay rest = RestOfDay.of(approved, new MeasuredPlantState(now, chillers, 0.42), new LoadCorrection(1.18, Duration.ofHours(2)));
        ObjectNode stored = RestOfDayScenario.of(approvedScenario, rest, 0.42 * 1000, "re-plan at 14:20", SolverSettings.DEFAULT);
        DayProblem replan = ScenarioReader.read(stored.toString(), "re-plan", MODELS).problem();

        assertEquals(15, rest.firstSlot());
        assertEquals(rest.problem().start(), replan.start());
        assertEquals(9, replan.slots().size());
        assertEquals(rest.problem().initialState(), replan.initialState());
        assertEquals(approved.rules(), replan.rules());
        assertEquals(0.42, replan.site().batteryStateOfChargeFraction(), 1e-9);
        assertArrayEquals(Arrays.copyOfRange(approved.site().otherElectricityKw(), 15, 24), replan.site().otherElectricityKw(), 0);
        for (int k = 0; k < 9; k++) {
            SlotConditions a = approved.slots().get(15 + k);
            SlotConditions r = replan.slots().get(k);
            assertEquals(rest.correctedKw()[k], r.loadKw(), 1e-9, "slot " + k);
            assertEquals(a.tariffPeriod(), r.tariffPeriod());
            assertEquals(a.pricePerKwh(), r.pricePerKwh(), 0);
            assertEquals(a.carbonKgPerKwh(), r.carbonKgPerKwh(), 0);
            assertEquals(a.maxSupplyC(), r.maxSupplyC(), 0, "dehumidification from the same weather");
            assertEquals(a.weather(), r.weather());
        }
    }
}
