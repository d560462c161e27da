package io.wardwatt.sim;

import io.wardwatt.sim.metering.MeasurementNoise;
import io.wardwatt.sim.plant.ChillerPlant;
import io.wardwatt.sim.plant.PlantPump;
import io.wardwatt.sim.plant.SimulatedChiller;
import java.util.ArrayList;
import java.util.List;

/**
 * The chiller plant's devices with the points of templates {@code wardwatt-chiller-wc}, {@code wardwatt-pump-vsd}
 * and {@code wardwatt-btu-meter}, and the plant's electricity sub-meter ({@code CHP-SUB}).
 */
final class PlantDevices {

    /** Fault codes a chiller reports: it stands because a pump's flow switch opened. */
    static final int FAULT_EVAPORATOR_FLOW = 101;
    static final int FAULT_CONDENSER_FLOW = 102;

    private PlantDevices() {
    }

    static List<SimulatedDevice> of(SimulatedHospital hospital, MeasurementNoise noise) {
        ChillerPlant plant = hospital.plant();
        List<SimulatedDevice> devices = new ArrayList<>();
        for (int i = 0; i < plant.chillers().size(); i++) {
            devices.add(chiller(i, hospital, noise));
        }
        plant.allPumps().forEach(pump -> devices.add(pump(pump, hospital, noise)));
        devices.add(new DeviceView("CHW-BTU", noise, null)
                .exact("KWH", plant::coolingKwh)
                .measured("KW", plant::deliveredKw, 5.0)
                .measured("FLOW", () -> plant.primaryFlowM3s() * 3600, 2.0)
                .measured("SUPPLY_T", plant::supplyC, 0.03)
                .measured("RETURN_T", plant::returnC, 0.03));
        devices.add(plantSubMeter(plant, noise));
        return devices;
    }

    /**
     * The plant's electricity sub-meter, an Eastron SDM630 on CTs at the plant's 0.4 kV switchboard (template
     * {@code eastron-sdm630}): power factor 0.90, balanced phases.
     */
    private static DeviceView plantSubMeter(ChillerPlant plant, MeasurementNoise noise) {
        double pf = 0.90;
        double tanPhi = Math.tan(Math.acos(pf));
        return new DeviceView("CHP-SUB", noise, null)
                .measured("V_L1", () -> 231.0, 0.3).measured("V_L2", () -> 231.0, 0.3).measured("V_L3", () -> 231.0, 0.3)
                .measured("I_L1", () -> plant.electricKw() * 1000 / (3 * 231.0 * pf), 0.5)
                .measured("I_L2", () -> plant.electricKw() * 1000 / (3 * 231.0 * pf), 0.5)
                .measured("I_L3", () -> plant.electricKw() * 1000 / (3 * 231.0 * pf), 0.5)
                .measured("KW", plant::electricKw, 1.0)
                .measured("KVA", () -> plant.electricKw() / pf, 1.0)
                .measured("KVAR", () -> plant.electricKw() * tanPhi, 1.0)
                .exact("PF", () -> pf)
                .measured("FREQ", () -> 50.0, 0.01)
                .exact("KWH", plant::electricityKwh)
                .exact("KWH_EXP", () -> 0)
                .exact("KVARH_IMP", () -> plant.electricityKwh() * tanPhi)
                .exact("KW_DEMAND", plant::electricKw)
                .exact("KWH_TOTAL", plant::electricityKwh)
                .measured("V_L1L2", () -> 400.1, 0.5).measured("V_L2L3", () -> 400.1, 0.5).measured("V_L3L1", () -> 400.1, 0.5)
                .measured("I_N", () -> 4.0, 0.5);
    }

    private static DeviceView chiller(int index, SimulatedHospital hospital, MeasurementNoise noise) {
        ChillerPlant plant = hospital.plant();
        SimulatedChiller chiller = plant.chillers().get(index);
        return new DeviceView(chiller.code(), noise, chiller.commands())
                .exact("RUN", () -> chiller.running() ? 1 : 0)
                .exact("ALARM", () -> fault(plant, index, hospital) != 0 ? 1 : 0)
                .exact("REMOTE", () -> chiller.commands().active(hospital.now()) ? 1 : 0)
                .command(SimulatedChiller.ENABLE, () -> chiller.enabled(hospital.now()) ? 1 : 0)
                .measured("LOAD", chiller::loadPercent, 0.2)
                .measured("KW", () -> chiller.point().electricPowerKw(), 1.0)
                .exact("KWH", chiller::electricityKwh)
                .measured("CHWST", chiller::supplyC, 0.03)
                .measured("CHWRT", chiller::returnC, 0.03)
                .measured("CDWET", chiller::condenserEnteringC, 0.03)
                .measured("CDWLT", chiller::condenserLeavingC, 0.03)
                .measured("QEVAP", () -> chiller.point().loadKw(), 5.0)
                .exact("RUN_H", chiller::runHours)
                .exact("STARTS", chiller::starts)
                .exact("FAULT", () -> fault(plant, index, hospital))
                .exact("CHW_FLOW_OK", () -> plant.primaryPumps().get(index).running() ? 1 : 0)
                .exact("CDW_FLOW_OK", () -> plant.condenserPumps().get(index).running() ? 1 : 0)
                .command(SimulatedChiller.SETPOINT, () -> chiller.setpointC(hospital.now()))
                .command(SimulatedChiller.DEMAND_LIMIT, () -> 100 * chiller.demandLimitFraction(hospital.now()))
                .exact("CHW_FLOW", () -> chiller.evaporatorFlowM3s() * 3600)
                .exact("QEVAP_KWH", chiller::coolingKwh);
    }

    private static int fault(ChillerPlant plant, int index, SimulatedHospital hospital) {
        if (!plant.chillers().get(index).enabled(hospital.now())) {
            return 0;
        }
        if (plant.flowLost(index, true, hospital.now())) {
            return FAULT_EVAPORATOR_FLOW;
        }
        return plant.flowLost(index, false, hospital.now()) ? FAULT_CONDENSER_FLOW : 0;
    }

    private static DeviceView pump(PlantPump pump, SimulatedHospital hospital, MeasurementNoise noise) {
        return new DeviceView(pump.code(), noise, pump.commands())
                .exact("RUN", () -> pump.running() ? 1 : 0)
                .exact("TRIP", () -> 0)
                .exact("REMOTE", () -> pump.commands().active(hospital.now()) ? 1 : 0)
                .command(PlantPump.ENABLE, () -> pump.enabled(hospital.now()) ? 1 : 0)
                .measured("SPEED", () -> 100 * pump.point().speedFraction(), 0.1)
                .measured("FREQ", () -> 50 * pump.point().speedFraction(), 0.02)
                .measured("KW", () -> pump.point().powerKw(), 0.1)
                .exact("KWH", pump::electricityKwh)
                .exact("RUN_H", pump::runHours)
                .command(PlantPump.SPEED_SETPOINT, () -> pump.running() ? 100 * pump.point().speedFraction() : 0)
                .exact("FLOW", () -> pump.point().flowM3s() * 3600)
                .exact("HEAD_KPA", () -> pump.point().headKpa())
                .exact("STARTS", pump::starts);
    }
}
