package io.wardwatt.sim.closedloop;

import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.weather.OutdoorConditions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the service's meters would have recorded of the simulated hospital, hour by hour from a whole UTC hour: the
 * cooling delivered (the chilled-water energy meter, the load the forecast trains on) and the outdoor dry bulb,
 * humidity and irradiance, each the mean of the steps in the hour. Fed after every step, in time order.
 */
final class HourlyRecorder {

    private final Instant start;
    private double[] coolingKwh = new double[24 * 64];
    private double[] temperatureSum = new double[24 * 64];
    private double[] humiditySum = new double[24 * 64];
    private double[] solarSum = new double[24 * 64];
    private double[] seconds = new double[24 * 64];
    private double lastCoolingKwh = Double.NaN;

    HourlyRecorder(Instant start) {
        if (start.getEpochSecond() % 3600 != 0) {
            throw new IllegalArgumentException("an hourly record starts on a whole hour, got " + start);
        }
        this.start = start;
    }

    /** Records the step of {@code stepSeconds} that ended at the hospital's present time. */
    void afterStep(SimulatedHospital hospital, double stepSeconds) {
        double counter = hospital.plant().coolingKwh();
        if (Double.isNaN(lastCoolingKwh)) {
            lastCoolingKwh = counter;
            return;
        }
        Instant stepStart = hospital.now().minusNanos((long) (stepSeconds * 1e9));
        int hour = (int) Duration.between(start, stepStart).toHours();
        if (hour < 0) {
            lastCoolingKwh = counter;
            return;
        }
        grow(hour);
        OutdoorConditions outdoor = hospital.outdoor();
        coolingKwh[hour] += counter - lastCoolingKwh;
        temperatureSum[hour] += outdoor.dryBulbC() * stepSeconds;
        humiditySum[hour] += outdoor.relativeHumidityPercent() * stepSeconds;
        solarSum[hour] += outdoor.globalHorizontalWm2() * stepSeconds;
        seconds[hour] += stepSeconds;
        lastCoolingKwh = counter;
    }

    private void grow(int hour) {
        if (hour >= seconds.length) {
            int size = Math.max(hour + 1, seconds.length * 2);
            coolingKwh = Arrays.copyOf(coolingKwh, size);
            temperatureSum = Arrays.copyOf(temperatureSum, size);
            humiditySum = Arrays.copyOf(humiditySum, size);
            solarSum = Arrays.copyOf(solarSum, size);
            seconds = Arrays.copyOf(seconds, size);
        }
    }

    Instant start() {
        return start;
    }

    /** Index of the hour that starts at {@code hour}. */
    int index(Instant hour) {
        return (int) Duration.between(start, hour).toHours();
    }

    /** Whether the hour at this index was recorded whole. */
    boolean complete(int index) {
        return index >= 0 && index < seconds.length && seconds[index] >= 3599.999;
    }

    /** Mean load of a recorded hour, kW (the energy delivered in it over one hour); NaN when not complete. */
    double loadKw(int index) {
        return complete(index) ? coolingKwh[index] : Double.NaN;
    }

    double temperatureC(int index) {
        return complete(index) ? temperatureSum[index] / seconds[index] : Double.NaN;
    }

    double humidityPct(int index) {
        return complete(index) ? humiditySum[index] / seconds[index] : Double.NaN;
    }

    double solarWm2(int index) {
        return complete(index) ? solarSum[index] / seconds[index] : Double.NaN;
    }
}
