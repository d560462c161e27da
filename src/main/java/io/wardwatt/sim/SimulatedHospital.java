package io.wardwatt.sim;

import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.plant.Water;
import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.energy.Battery;
import io.wardwatt.sim.energy.PhotovoltaicArray;
import io.wardwatt.sim.energy.SteamPlant;
import io.wardwatt.sim.energy.WaterUse;
import io.wardwatt.sim.hospital.BuildingLoad;
import io.wardwatt.sim.hospital.BuildingParameters;
import io.wardwatt.sim.hospital.CoolingLoadModel;
import io.wardwatt.sim.hospital.ImagingDevice;
import io.wardwatt.sim.hospital.ImagingSpec;
import io.wardwatt.sim.hospital.OutpatientVisits;
import io.wardwatt.sim.plant.ChillerHistory;
import io.wardwatt.sim.plant.ChillerPlant;
import io.wardwatt.sim.plant.CoolingTowers;
import io.wardwatt.sim.plant.PlantPump;
import io.wardwatt.sim.plant.SecondaryZone;
import io.wardwatt.sim.plant.SimulatedChiller;
import io.wardwatt.sim.weather.OutdoorConditions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated hospital: weather and outpatients drive the building's cooling load and electricity; the
 * chiller plant meets the load under its own staging control; PV, battery, steam boilers and imaging devices
 * run their day; the incomers carry the sum. {@link #advanceTo} steps the whole model in one-second steps of
 * simulated time; everything is deterministic for a seed. Not thread-safe: one thread steps it and reads it
 * (writes arrive through {@link RemoteCommands}, which are).
 */
public final class SimulatedHospital {

    static final Duration STEP = Duration.ofSeconds(1);
    static final double PV_PEAK_KW = 480.0;
    static final double PV_INVERTER_KW = 440.0;
    static final double BATTERY_KWH = 1_000.0;
    static final double DESIGN_PLANT_LOAD_KW = 17_500.0;
    static final double[] ZONE_SHARES = {0.45, 0.35, 0.20};
    static final String[] ZONE_NAMES = {"Z1", "Z2", "Z3"};

    /** The imaging sample: MRI2's standby draw is 25 % above its rating (its cold-head compressor runs flat out). */
    static final List<ImagingSpec> IMAGING = List.of(
            new ImagingSpec("MRI1", "MRI 3.0 T", 75.0, 32.0, 20.0, 20.0, 30, 0.75, 0.85, 7.5, 22.0, false),
            new ImagingSpec("MRI2", "MRI 1.5 T", 55.0, 26.0, 14.0, 17.5, 30, 0.75, 0.80, 7.5, 22.0, false),
            new ImagingSpec("CT1", "CT (emergency)", 48.0, 9.0, 4.5, 4.5, 10, 0.35, 0.70, 7.5, 20.0, true),
            new ImagingSpec("CT2", "CT", 48.0, 9.0, 4.5, 4.5, 10, 0.35, 0.75, 7.5, 20.0, false),
            new ImagingSpec("CT3", "CT", 45.0, 8.5, 4.0, 4.0, 10, 0.35, 0.65, 7.5, 17.5, false),
            new ImagingSpec("DSA1", "DSA", 40.0, 7.0, 3.5, 3.5, 60, 0.45, 0.60, 8.0, 18.0, false),
            new ImagingSpec("DSA2", "DSA", 40.0, 7.0, 3.5, 3.5, 60, 0.45, 0.50, 8.0, 17.5, false));

    private final HospitalSettings settings;
    private final OutpatientVisits visits;
    private final CoolingLoadModel loadModel;
    private final ChillerPlant plant;
    private final PhotovoltaicArray pv;
    private final Battery battery;
    private final SteamPlant steam;
    private final WaterUse water;
    private final List<ImagingDevice> imaging = new ArrayList<>();
    private final Incomers incomers;
    private Instant now;
    private OutdoorConditions outdoor;
    private BuildingLoad load;

    public SimulatedHospital(HospitalSettings settings, Instant start) {
        this.settings = settings;
        this.now = start;
        this.visits = new OutpatientVisits(settings.midweekOutpatientVisits(), settings.zone());
        this.incomers = new Incomers(settings.zone());
        this.loadModel = new CoolingLoadModel(BuildingParameters.DEMO_HOSPITAL, settings.weather(), visits, settings.zone());
        this.plant = buildPlant(settings);
        this.pv = new PhotovoltaicArray(PV_PEAK_KW, PV_INVERTER_KW, 1_850_000.0);
        this.battery = new Battery(BATTERY_KWH, settings.zone(), new RemoteCommands(settings.commandHold()), 91_000.0, 78_000.0);
        this.steam = new SteamPlant(settings.zone(), 96_000.0, 7_300_000.0);
        this.water = new WaterUse(settings.zone(), 2_480_000.0);
        for (int i = 0; i < IMAGING.size(); i++) {
            imaging.add(new ImagingDevice(IMAGING.get(i), visits, settings.zone(), settings.seed(), 150_000.0 + 20_000.0 * i));
        }
        step(0);
    }

    /** Steps the model up to this instant (nothing if it is not later than the current time). */
    public void advanceTo(Instant target) {
        advanceTo(target, STEP);
    }

    /**
     * Steps the model up to this instant in steps of at most {@code step}. Coarser than the live simulator's one
     * second, the model stays physical (every state is worked out from the conditions at the end of each step and
     * held over it, the counters integrate exactly what was simulated) but events within a step are not seen:
     * staging waits a whole step, an imaging scan shorter than the step is held as sampled. Fit for history,
     * where hourly energy matters, not for a live plant a poller watches.
     */
    public void advanceTo(Instant target, Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("the step must be positive, got " + step);
        }
        while (now.isBefore(target)) {
            Instant next = now.plus(step);
            if (next.isAfter(target)) {
                next = target;
            }
            double seconds = Duration.between(now, next).toNanos() / 1e9;
            now = next;
            step(seconds);
        }
    }

    private void step(double seconds) {
        outdoor = settings.weather().at(now);
        load = loadModel.at(now);
        plant.step(now, seconds, load.coolingKw(), outdoor.wetBulbC());
        pv.step(outdoor, seconds);
        battery.step(now, seconds);
        steam.step(now, outdoor, seconds);
        water.step(now, plant.towers().makeUpWaterM3PerHour(), seconds);
        double imagingKw = 0;
        for (ImagingDevice device : imaging) {
            device.step(now, seconds);
            imagingKw += device.powerKw();
        }
        incomers.step(now, plant.electricKw() + load.buildingElectricKw() + imagingKw - pv.powerKw() - battery.powerKw(), seconds);
    }

    private static ChillerPlant buildPlant(HospitalSettings settings) {
        List<SimulatedChiller> chillers = new ArrayList<>();
        List<PlantPump> primary = new ArrayList<>();
        List<PlantPump> condenser = new ArrayList<>();
        for (int i = 0; i < settings.chillerModels().size(); i++) {
            ChillerCurveSet model = settings.chillerModels().get(i);
            double hours = 21_000 + 2_900 * i;
            chillers.add(new SimulatedChiller("CH" + (i + 1), model, new RemoteCommands(settings.commandHold()),
                    new ChillerHistory(hours * 1_900, hours * 2_400 * 4.6, hours, Math.floor(hours / 30))));
            // Rated power, rho g Q H / eta, only seeds the energy counters' history.
            double primaryKw = model.reference().chilledWaterFlowM3s() * 15.0 * Water.KPA_PER_METRE / 0.72;
            double condenserKw = model.reference().condenserWaterFlowM3s() * 22.0 * Water.KPA_PER_METRE / 0.74;
            primary.add(PlantPump.sized("PCHWP" + (i + 1), model.reference().chilledWaterFlowM3s(), 15.0, 0.72,
                    new RemoteCommands(settings.commandHold()), hours * primaryKw, hours));
            condenser.add(PlantPump.sized("CWP" + (i + 1), model.reference().condenserWaterFlowM3s(), 22.0, 0.74,
                    new RemoteCommands(settings.commandHold()), hours * condenserKw, hours));
        }
        double designFlow = DESIGN_PLANT_LOAD_KW / (4.186 * 998.0 * 5.0);
        List<SecondaryZone> zones = new ArrayList<>();
        for (int z = 0; z < ZONE_SHARES.length; z++) {
            double pumpFlow = ZONE_SHARES[z] * designFlow / 3;
            double ratedKw = pumpFlow * 32.0 * Water.KPA_PER_METRE / 0.72;
            List<PlantPump> pumps = new ArrayList<>();
            for (int p = 1; p <= 4; p++) {
                double hours = 30_000 + 1_700 * (z * 4 + p);
                pumps.add(PlantPump.sized("SCHWP-" + ZONE_NAMES[z] + "-" + p, pumpFlow, 32.0, 0.72, new RemoteCommands(settings.commandHold()),
                        hours * ratedKw * 0.45, hours));
            }
            zones.add(new SecondaryZone(ZONE_NAMES[z], ZONE_SHARES[z], pumps));
        }
        double cellRejection = 3_500.0 * (1 + 1 / 5.5);
        return new ChillerPlant(chillers, primary, condenser, zones, new CoolingTowers(cellRejection, 37.0));
    }

    public Instant now() {
        return now;
    }

    public OutdoorConditions outdoor() {
        return outdoor;
    }

    public BuildingLoad load() {
        return load;
    }

    public ChillerPlant plant() {
        return plant;
    }

    public PhotovoltaicArray pv() {
        return pv;
    }

    public Battery battery() {
        return battery;
    }

    public SteamPlant steam() {
        return steam;
    }

    public WaterUse water() {
        return water;
    }

    public List<ImagingDevice> imaging() {
        return List.copyOf(imaging);
    }

    public Incomers incomers() {
        return incomers;
    }

    public OutpatientVisits visits() {
        return visits;
    }

    public HospitalSettings settings() {
        return settings;
    }
}
