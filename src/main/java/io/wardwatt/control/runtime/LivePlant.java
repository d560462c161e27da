package io.wardwatt.control.runtime;

import io.wardwatt.acquisition.PolledValue;
import io.wardwatt.acquisition.runtime.LiveValues;
import io.wardwatt.control.ControlSituation;
import io.wardwatt.control.PlantNow;
import io.wardwatt.control.PlantNow.ChillerNow;
import io.wardwatt.control.PlantNow.Commanded;
import io.wardwatt.control.PlantNow.Measured;
import io.wardwatt.control.PlantNow.PlanSlotNow;
import io.wardwatt.control.PlantNow.PlantFigures;
import io.wardwatt.control.PlantNow.PumpNow;
import io.wardwatt.control.PlantNow.TowersNow;
import io.wardwatt.optimize.ApprovedPlans;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.plant.PlantChiller;
import io.wardwatt.plant.PlantDefinition;
import io.wardwatt.plant.PumpUnit;
import io.wardwatt.readings.Quality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Assembles {@link PlantNow} from the poller's latest values (acquisition's live values, not the readings table: the
 * view is of now, refreshed every few seconds), the plant file's chillers and pumps, the approved plan's slot in force
 * and plant control's state.
 */
@ApplicationScoped
public class LivePlant {

    private static final String SUMMED = "chillers-and-pumps";
    private static final String SUMMED_COOLING = "chillers-evaporators";

    @Inject
    LiveValues live;

    @Inject
    PlantControl control;

    @Inject
    ControlConfig config;

    @Inject
    ApprovedPlans approved;

    /** The site control looks after (the live view is of that plant). */
    public String site() {
        return config.site();
    }

    public PlantNow now(Instant now) {
        Optional<PlantDefinition> definition = control.plant();
        ControlStatus status = control.status(now);
        Map<String, ControlStatus.Device> dispatched = new LinkedHashMap<>();
        status.devices().forEach(d -> dispatched.put(d.code(), d));
        List<ChillerNow> chillers = definition.map(d -> d.chillers().stream().map(c -> chiller(c, dispatched.get(c.id()), now)).toList())
                .orElse(List.of());
        List<PumpNow> pumps = definition.map(d -> d.pumps().stream().map(p -> pump(p, dispatched.get(p.id()), now)).toList()).orElse(List.of());
        TowersNow towers = definition.map(PlantDefinition::towers).map(t -> new TowersNow(t.cells(), false)).orElse(null);
        PlanSlotNow plan = approved.current(config.site(), now).map(LivePlant::slot).orElse(null);
        PlantFigures figures = figures(chillers, pumps, now);
        Instant asOf = Stream.of(chillers.stream().flatMap(LivePlant::measured), pumps.stream().flatMap(LivePlant::measured),
                        Stream.of(figures.powerKw(), figures.coolingKw(), figures.supplyC(), figures.returnC()))
                .flatMap(s -> s).filter(Objects::nonNull).map(Measured::at).max(Comparator.naturalOrder()).orElse(null);
        return new PlantNow(config.site(), now, asOf, figures, chillers, pumps, towers, plan, situation(status, now));
    }

    private ControlSituation situation(ControlStatus status, Instant now) {
        ControlSituation.Condition suspension = status.suspended() == null ? null
                : new ControlSituation.Condition("suspended", null, null, null, null, status.suspended().since(), null, status.suspended().reason(), null);
        Map<String, ControlSituation.Condition> faults = new LinkedHashMap<>();
        status.devices().stream().filter(d -> d.fault() != null).forEach(d -> faults.put(d.code(),
                new ControlSituation.Condition("fault", d.code(), null, null, null, d.faultSince(), null, d.fault(), null)));
        return ControlSituation.of(control.enabled(), control.unavailable().orElse(null), status.plan() == null ? null : status.plan().mode(),
                suspension, faults, control.enabled() ? control.activeOverrides(now) : List.of(), now);
    }

    private ChillerNow chiller(PlantChiller chiller, ControlStatus.Device dispatch, Instant now) {
        String id = chiller.id();
        Measured kw = value(id, "KW", now);
        Measured cooling = value(id, "QEVAP", now);
        Boolean running = state(id, "RUN");
        Double kwPerRt = kw == null || cooling == null || !Boolean.TRUE.equals(running) ? null : PlantNow.kwPerRt(kw.value(), cooling.value());
        return new ChillerNow(id, running, Boolean.TRUE.equals(state(id, "ALARM")), value(id, "LOAD", now), kw, cooling, kwPerRt,
                value(id, "CHWST", now), value(id, "CHWRT", now), value(id, "CDWET", now), value(id, "CDWLT", now),
                dispatch == null ? null : dispatch.state(), dispatch == null ? null : dispatch.fault(), commanded(dispatch));
    }

    private PumpNow pump(PumpUnit pump, ControlStatus.Device dispatch, Instant now) {
        String id = pump.id();
        return new PumpNow(id, pump.role().fileName(), state(id, "RUN"), Boolean.TRUE.equals(state(id, "TRIP")), value(id, "SPEED", now),
                value(id, "KW", now), dispatch == null ? null : dispatch.state(), dispatch == null ? null : dispatch.fault(), commanded(dispatch));
    }

    private static List<Commanded> commanded(ControlStatus.Device dispatch) {
        if (dispatch == null) {
            return List.of();
        }
        return dispatch.points().stream().filter(p -> p.effective() != null || p.lastWritten() != null).map(p -> new Commanded(p.point(),
                p.effective() == null ? null : p.effective().value(), p.effective() == null ? null : PlantNow.governedBy(p.effective().priority()),
                p.effective() == null ? null : p.effective().expiresAt(), p.lastWritten(), p.lastWrittenAt())).toList();
    }

    private PlantFigures figures(List<ChillerNow> chillers, List<PumpNow> pumps, Instant now) {
        Measured meterPower = value(config.plantPowerPoint(), now);
        Measured power = meterPower != null ? meterPower
                : sum(Stream.concat(chillers.stream().map(ChillerNow::powerKw), pumps.stream().map(PumpNow::powerKw)).toList());
        Measured meterCooling = value(config.coolingPowerPoint(), now);
        Measured cooling = meterCooling != null ? meterCooling : sum(chillers.stream().map(ChillerNow::coolingKw).toList());
        Double rt = cooling == null ? null : cooling.value() / PlantNow.KW_PER_RT;
        Double kwPerRt = power == null || cooling == null ? null : PlantNow.kwPerRt(power.value(), cooling.value());
        return new PlantFigures(power, meterPower != null ? device(config.plantPowerPoint()) : SUMMED, cooling,
                meterCooling != null ? device(config.coolingPowerPoint()) : SUMMED_COOLING, rt, kwPerRt, value(config.supplyPoint(), now),
                value(config.returnPoint(), now), (int) chillers.stream().filter(c -> Boolean.TRUE.equals(c.running())).count(),
                (int) pumps.stream().filter(p -> Boolean.TRUE.equals(p.running())).count());
    }

    /** The sum of what was read (null when nothing was); stale when any part is, as of the oldest part. */
    private static Measured sum(List<Measured> parts) {
        List<Measured> read = parts.stream().filter(Objects::nonNull).toList();
        if (read.isEmpty()) {
            return null;
        }
        return new Measured(read.stream().mapToDouble(Measured::value).sum(), read.stream().map(Measured::at).min(Comparator.naturalOrder())
                .orElseThrow(), read.stream().anyMatch(Measured::stale));
    }

    private static PlanSlotNow slot(SlotInForce slot) {
        return new PlanSlotNow(slot.planId(), slot.advisory() ? "advisory" : "dispatch", slot.slotIndex(), slot.from(), slot.until(),
                slot.supplySetpointC(), slot.chillers().stream().filter(SlotInForce.ChillerCommand::on).map(SlotInForce.ChillerCommand::id).toList(),
                slot.chillers().stream().mapToDouble(SlotInForce.ChillerCommand::plannedLoadKw).sum());
    }

    private static Stream<Measured> measured(ChillerNow c) {
        return Stream.of(c.loadPercent(), c.powerKw(), c.coolingKw(), c.chwSupplyC(), c.chwReturnC(), c.cdwEnteringC(), c.cdwLeavingC());
    }

    private static Stream<Measured> measured(PumpNow p) {
        return Stream.of(p.speedPercent(), p.powerKw());
    }

    /** A DEVICE.POINT's latest value (the device code may hold dots before the last one). */
    private Measured value(String devicePoint, Instant now) {
        int dot = devicePoint.lastIndexOf('.');
        return dot <= 0 ? null : value(devicePoint.substring(0, dot), devicePoint.substring(dot + 1), now);
    }

    private static String device(String devicePoint) {
        return devicePoint.substring(0, devicePoint.lastIndexOf('.'));
    }

    private Measured value(String device, String point, Instant now) {
        return live.latest(device, point).filter(v -> Double.isFinite(v.value()))
                .map(v -> new Measured(v.value(), v.ts(), v.quality() != Quality.GOOD || v.ts().plus(config.liveMaxAge()).isBefore(now)))
                .orElse(null);
    }

    /** A two-state point's state when it is read and good; null when unknown. */
    private Boolean state(String device, String point) {
        return live.latest(device, point).filter(v -> v.quality() == Quality.GOOD).map(PolledValue::value).map(v -> v != 0).orElse(null);
    }
}
