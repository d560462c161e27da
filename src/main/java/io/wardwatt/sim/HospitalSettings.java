package io.wardwatt.sim;

import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.sim.weather.Weather;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * What a simulated hospital is made of.
 *
 * @param chillerModels the six chillers' models, CH1 first
 * @param weather outdoor conditions
 * @param seed makes weather systems, exam bookings and measurement noise repeat
 * @param commandHold how long written commands hold without renewal
 * @param midweekOutpatientVisits visits on a Wednesday
 */
public record HospitalSettings(List<ChillerCurveSet> chillerModels, Weather weather, long seed, Duration commandHold,
        double midweekOutpatientVisits, ZoneId zone) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public HospitalSettings {
        chillerModels = List.copyOf(chillerModels);
        if (chillerModels.isEmpty()) {
            throw new IllegalArgumentException("the plant needs at least one chiller model");
        }
    }
}
