package io.wardwatt.sim.energy;

import io.wardwatt.sim.metering.Totalizer;
import io.wardwatt.sim.weather.OutdoorConditions;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Gas-fired steam boilers and what uses their steam: sterilisation (the central sterile department's
 * autoclaves, 07:00-20:00), the kitchen (three meal peaks), the laundry (weekdays 08:00-17:00), winter
 * humidification of outdoor air (when outdoor air is drier than 7 g/kg) and distribution losses. Gas follows
 * from the steam: raising feed water at 80 °C to saturated steam at 0.8 MPa takes 2,434 MJ per tonne, at 90 %
 * boiler efficiency and 35.9 MJ/m³ net calorific value of the natural gas: about 75 m³ per tonne.
 */
public final class SteamPlant {

    static final double MJ_PER_TONNE = 2_434.0;
    static final double BOILER_EFFICIENCY = 0.90;
    static final double GAS_MJ_PER_M3 = 35.9;
    private static final double HUMIDIFIED_AIR_KG_S = 40.0;
    private static final double TARGET_HUMIDITY_RATIO = 0.007;

    private final ZoneId zone;
    private final Totalizer steam;
    private final Totalizer gas;
    private final Totalizer gasNormal;
    private double gasTemperatureC = 15;
    private double steamTonnesPerHour;

    public SteamPlant(ZoneId zone, double initialSteamTonnes, double initialGasM3) {
        this.zone = zone;
        this.steam = new Totalizer(initialSteamTonnes);
        this.gas = new Totalizer(initialGasM3);
        this.gasNormal = new Totalizer(initialGasM3 * 1.02);
    }

    /** Steam demand, t/h. */
    public double demandTonnesPerHour(Instant now, OutdoorConditions outdoor) {
        ZonedDateTime local = now.atZone(zone);
        double hour = local.toLocalTime().toSecondOfDay() / 3600.0;
        boolean weekday = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
        double sterilisation = hour >= 7 && hour < 20 ? 1.2 : 0.15;
        double kitchen = 0.6 * (bump(hour, 7.0, 0.6) + bump(hour, 11.3, 0.7) + bump(hour, 17.3, 0.7));
        double laundry = weekday && hour >= 8 && hour < 17 ? 0.8 : 0;
        double humidification = HUMIDIFIED_AIR_KG_S * Math.max(0, TARGET_HUMIDITY_RATIO - outdoor.humidityRatio()) * 3.6;
        return sterilisation + kitchen + laundry + humidification + 0.2;
    }

    public void step(Instant now, OutdoorConditions outdoor, double seconds) {
        steamTonnesPerHour = demandTonnesPerHour(now, outdoor);
        steam.add(steamTonnesPerHour, seconds);
        gas.add(gasM3PerHour(), seconds);
        gasTemperatureC = 8 + 0.5 * outdoor.dryBulbC();
        gasNormal.add(gasM3PerHour() * (101.325 + gasPressureKpa()) / 101.325 * 273.15 / (273.15 + gasTemperatureC), seconds);
    }

    /** Gas pressure at the meter (the boiler house's low-pressure supply), gauge, kPa. */
    public double gasPressureKpa() {
        return 8.0 - 0.004 * gasM3PerHour();
    }

    /** Gas temperature at the meter (buried supply: between the ground and the air), °C. */
    public double gasTemperatureC() {
        return gasTemperatureC;
    }

    /** Volume at normal conditions (0 °C, 101.325 kPa), Nm³. */
    public double gasNormalM3() {
        return gasNormal.total();
    }

    /** Steam temperature: saturation at the header pressure plus a few kelvin of superheat, °C. */
    public double steamTemperatureC() {
        double absoluteMpa = headerPressureMpa() + 0.101325;
        return 100.0 * Math.pow(absoluteMpa / 0.101325, 0.25) + 3.0;
    }

    public double steamTonnesPerHour() {
        return steamTonnesPerHour;
    }

    public double gasM3PerHour() {
        return steamTonnesPerHour * MJ_PER_TONNE / (BOILER_EFFICIENCY * GAS_MJ_PER_M3);
    }

    /** Header pressure: 0.8 MPa set-point, drooping slightly with the draw. */
    public double headerPressureMpa() {
        return 0.80 - 0.012 * steamTonnesPerHour;
    }

    public double steamTonnes() {
        return steam.total();
    }

    public double gasM3() {
        return gas.total();
    }

    private static double bump(double hour, double centre, double width) {
        return Math.exp(-0.5 * Math.pow((hour - centre) / width, 2));
    }
}
