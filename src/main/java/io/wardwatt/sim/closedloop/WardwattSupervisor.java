package io.wardwatt.sim.closedloop;

import io.wardwatt.control.ControlLoop;
import io.wardwatt.control.DispatchEvent;
import io.wardwatt.control.WriteGuard;
import io.wardwatt.forecast.calendar.DayCalendarReader;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlanSlotsInForce;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.plant.PlantChiller;
import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.plant.PlantDefinitionReader;
import io.wardwatt.plant.PumpUnit;
import io.wardwatt.sim.SimulatedHospital;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Wardwatt in charge of a simulated hospital, for a loop that steps the hospital itself (the simulated year, the
 * demo's history back-fill): it records the hospital's meters, makes each day's plan as the service does (evening
 * forecast, daily scenario, day planner) and dispatches the plan in force through plant control's own command table,
 * guards and state machine to the simulated devices' remote commands.
 *
 * <p>Use: create it on the hospital before the days it must learn from (at least {@code trainDays} + 14 recorded days
 * before the first plan), then for every step call {@link #beforeStep} with the hospital's time before advancing it;
 * on the evening before each day call {@link #planDay(LocalDate)} (or {@link #planDay(LocalDate, DayInputs)} with
 * given inputs). A plan is put in force as approved in dispatch mode for its day. When a critical zone's limit breaks,
 * dispatch suspends the plan and the plant's own control takes over; the next day's plan resumes it (the engineer's
 * decision in the service, taken here each evening). Not thread-safe: one thread steps the hospital and this.
 */
public final class WardwattSupervisor {

    private final SimulatedHospital hospital;
    private final PlannerSetup setup;
    private final HourlyRecorder recorder;
    private final EveningForecaster forecaster;
    private final DayPlanMaker planner;
    private final ControlLoop control;
    private final SimulatedPlantPort port;
    private final Map<LocalDate, PlanInForce> plans = new HashMap<>();
    private final List<DispatchEvent> events = new ArrayList<>();
    private Instant lastStep;
    private DayPlan previous;
    private int suspensions;
    private int revisions;
    private int drafts;
    private long eventCount;

    private record PlanInForce(UUID id, DayPlan plan, IntradayReplanner replanner) {
    }

    /**
     * @param writable which points of which devices may be written (the device templates); see {@link SimulatedDevices}
     */
    public WardwattSupervisor(SimulatedHospital hospital, PlannerSetup setup, WriteGuard writable) {
        this.hospital = hospital;
        this.setup = setup;
        this.recorder = new HourlyRecorder(hospital.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(
                hospital.now().getEpochSecond() % 3600 == 0 ? 0 : 3600));
        this.forecaster = new EveningForecaster(recorder, hospital.settings().weather(), hospital.settings().seed(), setup.zone(),
                DayCalendarReader.named("cn"), setup.trainDays());
        this.planner = new DayPlanMaker(setup);
        PlantDefinition plant = PlantDefinitionReader.readFile(setup.modelsDir().resolve(setup.plantFile()));
        List<String> devices = new ArrayList<>(plant.chillers().stream().map(PlantChiller::id).toList());
        devices.addAll(plant.pumps().stream().map(PumpUnit::id).toList());
        if (plant.battery() != null) {
            devices.add(plant.battery().id());
        }
        this.port = new SimulatedPlantPort(hospital);
        this.control = ControlLoop.assemble(plant, devices, writable, setup.limits(), port);
        this.lastStep = hospital.now();
    }

    /**
     * Plans {@code day} from the evening forecast issued on the day before at the setup's issue hour (the history
     * recorded up to then, the simulated weather forecast) and puts it in force for the day.
     */
    public DayPlan planDay(LocalDate day) {
        Instant issue = day.minusDays(1).atTime(setup.forecastIssue()).atZone(setup.zone()).toInstant();
        if (hospital.now().isBefore(issue)) {
            throw new IllegalStateException("the plan of " + day + " is made from the forecast issued at " + issue + ", later than the hospital's "
                    + hospital.now());
        }
        return planDay(day, forecaster.forecast(day, issue));
    }

    /** Plans {@code day} from the given load and weather and puts it in force for the day. */
    public DayPlan planDay(LocalDate day, DayInputs inputs) {
        DayPlanMaker.Made made = planner.plan(inputs.load(), inputs.weather(), previous);
        DayPlan plan = made.plan();
        previous = plan;
        IntradayReplanner replanner = setup.replanRule() == null ? null : new IntradayReplanner(made.problem(),
                inputs.load().loadsKw().stream().mapToDouble(Double::doubleValue).toArray(), setup.zone(), setup.solver(), setup.replanRule(), hospital);
        plans.put(day, new PlanInForce(planId(day, 0), plan, replanner));
        PlanInForce done = plans.remove(day.minusDays(2));
        if (done != null && done.replanner() != null) {
            revisions += done.replanner().revisions().size();
            drafts += done.replanner().drafts();
        }
        if (control.table().suspension().isPresent()) {
            control.resume();
        }
        return plan;
    }

    /**
     * Records the hospital's meters since the last call and runs one dispatch round at {@code now} (the hospital's
     * time): the slot in force goes in at its boundary, due writes go to the devices.
     */
    public void beforeStep(Instant now) {
        double seconds = (now.toEpochMilli() - lastStep.toEpochMilli()) / 1000.0;
        if (seconds > 0) {
            recorder.afterStep(hospital, seconds);
            PlanInForce ended = plans.get(now.minusSeconds(1).atZone(setup.zone()).toLocalDate());
            if (ended != null && ended.replanner() != null) {
                ended.replanner().afterStep(hospital, seconds);
            }
        }
        lastStep = now;
        boolean wasSuspended = control.table().suspension().isPresent();
        List<DispatchEvent> round = control.tick(slotAt(now), SimulatedSnapshots.of(hospital));
        if (!wasSuspended && control.table().suspension().isPresent()) {
            suspensions++;
        }
        eventCount += round.size();
        if (events.size() < 200) {
            events.addAll(round.subList(0, Math.min(round.size(), 200 - events.size())));
        }
    }

    /** The plan's slot in force at {@code now}: of the local day's plan (empty when that day has none). */
    public Optional<SlotInForce> slotAt(Instant now) {
        LocalDate day = now.atZone(setup.zone()).toLocalDate();
        PlanInForce inForce = plans.get(day);
        if (inForce == null) {
            return Optional.empty();
        }
        List<DayPlan> revised = inForce.replanner() == null ? List.of() : inForce.replanner().revisions();
        for (int r = revised.size() - 1; r >= 0; r--) {
            Optional<SlotInForce> slot = PlanSlotsInForce.at(planId(day, r + 1), revised.get(r), setup.zone(), now);
            if (slot.isPresent()) {
                return slot;
            }
        }
        return PlanSlotsInForce.at(inForce.id(), inForce.plan(), setup.zone(), now);
    }

    /** The approved plan's id (revision 0) and its revisions': repeatable, so a run's events repeat for a seed. */
    private static UUID planId(LocalDate day, int revision) {
        return UUID.nameUUIDFromBytes(("plan " + day + " revision " + revision).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Intraday re-plans put in force as revisions. */
    public int revisions() {
        return revisions + plans.values().stream().filter(p -> p.replanner() != null).mapToInt(p -> p.replanner().revisions().size()).sum();
    }

    /** Intraday re-plans outside the approved plan's envelope (drafts nobody approved). */
    public int drafts() {
        return drafts + plans.values().stream().filter(p -> p.replanner() != null).mapToInt(p -> p.replanner().drafts()).sum();
    }

    /** The daily scenario (the plan's inputs, scenario format) the last {@code planDay} planned from; null before the first. */
    public String lastScenario() {
        return planner.lastScenario();
    }

    /** How often a critical zone's breach suspended the plan. */
    public int suspensions() {
        return suspensions;
    }

    /** How many dispatch events there were (the first 200 are kept in {@link #firstEvents()}). */
    public long eventCount() {
        return eventCount;
    }

    public List<DispatchEvent> firstEvents() {
        return List.copyOf(events);
    }

    public ControlLoop control() {
        return control;
    }
}
