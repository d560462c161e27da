package io.wardwatt.sim.rest;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorService;
import io.wardwatt.sim.weather.SimulatedForecast;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The simulated hospital's weather service: the demo's weather provider. No login (application.properties opens this
 * path): it shows only the simulator's made-up weather, and the service reads it from itself like any provider.
 */
@Path("/api/sim/weather")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator", description = "The simulated hospital's weather forecast, served while the simulator runs")
public class SimWeatherResource {

    /** Sixteen days, as far as Open-Meteo forecasts. */
    static final int MAX_HOURS = 384;

    @Inject
    SimulatorService simulator;

    @GET
    @Path("/forecast")
    @PermitAll
    @Operation(summary = "The simulated hospital's hourly weather forecast, in Open-Meteo's shape",
            description = "The hours from the current simulated one (hourly.time: the end of each hour, UTC, no offset), with "
                    + "temperature_2m, relative_humidity_2m and shortwave_radiation (the mean of the hour before): the simulator's "
                    + "weather at those hours plus a seeded forecast error that grows with the lead. 404 while the simulator is "
                    + "not running.")
    public OpenMeteoAnswer forecast(@QueryParam("hours") @DefaultValue("72") int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new InvalidInputException("hours", hours + " is not 1.." + MAX_HOURS);
        }
        ModbusHospital hospital = simulator.running()
                .orElseThrow(() -> new NotFoundException("the simulator is not running (wardwatt.sim.enabled), so it forecasts no weather"));
        HospitalSettings settings = hospital.hospital().settings();
        return OpenMeteoAnswer.of(SimulatedForecast.issue(settings.weather(), settings.seed(), hospital.clockNow(), hours),
                settings.weather().description() + ", plus the simulator's forecast error");
    }
}
