package io.wardwatt.sim.closedloop;

import io.wardwatt.control.WriteGuard;
import io.wardwatt.optimize.tariff.SeasonalTariff;
import io.wardwatt.optimize.tariff.SeasonalTariffReader;
import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.SimulatedHospital;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The simulated hospital run three times over the same days, on identical weather, visits and load (one seed): under
 * its own conventional sequencing, under Wardwatt planning from its evening forecast, and under Wardwatt planning from
 * the true load and weather (hindsight). Each run simulates the same warm-up first (conventional, recorded for the
 * forecast), so every run starts its measured days from the same plant state. The runs are independent and run in
 * parallel.
 */
public final class ClosedLoopYear {

    /** The three runs. */
    public enum Run {
        CONVENTIONAL, WARDWATT, HINDSIGHT
    }

    /**
     * @param step the simulation step: the plant's states are held over it and control runs once per step
     * @param warmupDays conventional days simulated before {@code start}, recorded for the load model
     * @param threads how many runs at once
     */
    public record Settings(HospitalSettings hospital, PlannerSetup planner, WriteGuard writable, PlantDefinition simulatedPlant,
            LocalDate start, int days, Duration step, int warmupDays, int threads) {

        public Settings {
            if (days < 1) {
                throw new IllegalArgumentException("at least one day, got " + days);
            }
            if (step.isNegative() || step.isZero() || Duration.ofHours(1).toNanos() % step.toNanos() != 0) {
                throw new IllegalArgumentException("the step must divide an hour, got " + step);
            }
            if (warmupDays < planner.trainDays() + EveningForecaster.LOOKBACK_DAYS + 1) {
                throw new IllegalArgumentException("the forecast needs " + (planner.trainDays() + EveningForecaster.LOOKBACK_DAYS + 1)
                        + " warm-up days, got " + warmupDays);
            }
        }
    }

    /** The three runs' indicators and the savings. */
    public record Result(RunIndicators conventional, RunIndicators wardwatt, RunIndicators hindsight, YearSavings savings, int suspensions,
            double seconds) {
    }

    private final Settings settings;
    private final SeasonalTariff tariff;

    public ClosedLoopYear(Settings settings) {
        this.settings = settings;
        this.tariff = SeasonalTariffReader.readFile(settings.planner().modelsDir().resolve(settings.planner().tariffFile()));
    }

    public Result run() {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Run run : Run.values()) {
                futures.add(pool.submit(() -> run(run)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            RunIndicators conventional = outcomes.get(0).indicators();
            RunIndicators wardwatt = outcomes.get(1).indicators();
            RunIndicators hindsight = outcomes.get(2).indicators();
            return new Result(conventional, wardwatt, hindsight, YearSavings.of(conventional, wardwatt, hindsight),
                    outcomes.get(1).suspensions() + outcomes.get(2).suspensions(), (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Outcome(RunIndicators indicators, int suspensions) {
    }

    /** One run, from the warm-up's start to the end of the last day. */
    Outcome run(Run run) {
        long started = System.nanoTime();
        var zone = settings.hospital().zone();
        Instant warmup = settings.start().minusDays(settings.warmupDays()).atStartOfDay(zone).toInstant();
        Instant measured = settings.start().atStartOfDay(zone).toInstant();
        Instant end = settings.start().plusDays(settings.days()).atStartOfDay(zone).toInstant();
        SimulatedHospital hospital = new SimulatedHospital(settings.hospital(), warmup);
        WardwattSupervisor supervisor = run == Run.CONVENTIONAL ? null : new WardwattSupervisor(hospital, settings.planner(), settings.writable());
        TrueDay truth = run == Run.HINDSIGHT ? new TrueDay(settings.hospital(), settings.step()) : null;
        RunMeter meter = new RunMeter(tariff, settings.planner().carbonKgPerKwh(), settings.simulatedPlant().criticalZones(), zone);
        double stepSeconds = settings.step().toNanos() / 1e9;
        LocalDate nextPlan = settings.start();
        for (Instant t = warmup; t.isBefore(end); t = t.plus(settings.step())) {
            if (t.equals(measured)) {
                meter.begin(hospital);
            }
            if (supervisor != null) {
                if (nextPlan.isBefore(settings.start().plusDays(settings.days())) && !t.isBefore(planningTime(nextPlan))) {
                    if (truth == null) {
                        supervisor.planDay(nextPlan);
                    } else {
                        supervisor.planDay(nextPlan, truth.of(nextPlan));
                    }
                    nextPlan = nextPlan.plusDays(1);
                }
                supervisor.beforeStep(t);
            }
            hospital.advanceTo(t.plus(settings.step()), settings.step());
            if (!t.isBefore(measured)) {
                meter.afterStep(hospital, stepSeconds);
            }
        }
        String name = run.name().toLowerCase(java.util.Locale.ROOT);
        return new Outcome(meter.end(name, hospital, (System.nanoTime() - started) / 1e9), supervisor == null ? 0 : supervisor.suspensions());
    }

    /** The daily plan is made half an hour after the evening forecast's issue (the service's 17:30 cron after the 17:00 issue). */
    private Instant planningTime(LocalDate day) {
        return day.minusDays(1).atTime(settings.planner().forecastIssue()).plusMinutes(30).atZone(settings.hospital().zone()).toInstant();
    }
}
