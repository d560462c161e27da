package io.wardwatt.sim.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.Psychrometrics;
import io.wardwatt.sim.weather.SyntheticClimate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CoolingLoadModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final CoolingLoadModel model = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL,
            new SyntheticClimate(ClimateNormals.SHANGHAI, 11), new OutpatientVisits(8_000, SHANGHAI), SHANGHAI);

    @Test
    void theSummerDesignAfternoonAsksWhatFiveOfTheSixChillersGive() {
        // Shanghai 0.4 % design: 34.9 °C / 27.1 °C wet bulb at 15:00 on a Monday, 33.5 °C and strong sun at noon.
        OutdoorConditions now = OutdoorConditions.of(34.9, 24.5, 700, Psychrometrics.STANDARD_PRESSURE_PA);
        OutdoorConditions earlier = OutdoorConditions.of(33.5, 24.5, 850, Psychrometrics.STANDARD_PRESSURE_PA);

        BuildingLoad load = model.at(at(LocalDateTime.of(2025, 7, 21, 15, 0)), now, earlier, earlier);

        assertTrue(load.coolingKw() > 14_000 && load.coolingKw() < 17_500, load.toString());
        assertTrue(load.outdoorAirKw() > load.internalKw() && load.internalKw() > load.envelopeKw(), load.toString());
        double parts = Math.max(0, load.envelopeKw() + load.solarKw() + 0.55 * load.internalKw()) + 0.45 * load.internalKw()
                + load.outdoorAirKw() + load.criticalKw();
        assertEquals(parts * 1.04, load.coolingKw(), 1e-6);
    }

    @Test
    void julyAsksFarMoreCoolingThanJanuaryAndJanuaryStillSome() {
        double july = meanLoad(7);
        double january = meanLoad(1);

        assertTrue(july > 2.5 * january, july + " vs " + january);
        assertTrue(january > BuildingParameters.DEMO_HOSPITAL.criticalCoolingKw(), "interior zones and critical areas: " + january);
    }

    @Test
    void weekdayClinicHoursAskMoreThanTheNightAndTheWeekend() {
        double weekdayMorning = model.at(at(LocalDateTime.of(2025, 7, 22, 10, 30))).internalKw();
        double sundayMorning = model.at(at(LocalDateTime.of(2025, 7, 27, 10, 30))).internalKw();
        double night = model.at(at(LocalDateTime.of(2025, 7, 22, 3, 0))).internalKw();

        assertTrue(weekdayMorning > sundayMorning && sundayMorning > night, weekdayMorning + " > " + sundayMorning + " > " + night);
    }

    private double meanLoad(int month) {
        double sum = 0;
        int n = 0;
        for (LocalDateTime t = LocalDateTime.of(2025, month, 1, 0, 0); t.getMonthValue() == month; t = t.plusHours(1)) {
            sum += model.at(at(t)).coolingKw();
            n++;
        }
        return sum / n;
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }
}
