package io.wardwatt.optimize;

import java.util.List;

/** A chiller of the plant with the pumps that must run with it. */
public record PlannedChiller(ChillerModel model, List<PairedPump> pairedPumps) {

    public PlannedChiller {
        pairedPumps = List.copyOf(pairedPumps);
    }

    public String id() {
        return model.id();
    }

    /** Electric power of the paired pumps while the chiller runs, kW. */
    public double pairedPumpPowerKw() {
        return pairedPumps.stream().mapToDouble(PairedPump::powerKw).sum();
    }
}
