package io.wardwatt.sim.plant;

import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.plant.ChillerCurveSetReader;
import io.wardwatt.sim.control.RemoteCommands;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A plant of n copies of the shipped CH1 model, stepped second by second at a load the test chooses. */
final class PlantFixture {

    static final Duration HOLD = Duration.ofMinutes(10);
    static final ChillerCurveSet YORK = ChillerCurveSetReader.readFile(Path.of("chiller-models/chillers/ch1-york-yt-vanes.yaml"));

    final ChillerPlant plant;
    Instant now = Instant.parse("2025-07-21T02:00:00Z");

    PlantFixture(int chillers) {
        List<SimulatedChiller> list = new ArrayList<>();
        List<PlantPump> primary = new ArrayList<>();
        List<PlantPump> condenser = new ArrayList<>();
        for (int i = 1; i <= chillers; i++) {
            // Run hours differ so the order of starts is known: CH1 has the fewest.
            list.add(new SimulatedChiller("CH" + i, YORK, new RemoteCommands(HOLD), new ChillerHistory(0, 0, 1000 * i, 0)));
            primary.add(PlantPump.sized("PCHWP" + i, 0.15, 15, 0.72, new RemoteCommands(HOLD), 0, 0));
            condenser.add(PlantPump.sized("CWP" + i, 0.19, 22, 0.74, new RemoteCommands(HOLD), 0, 0));
        }
        List<PlantPump> zonePumps = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            zonePumps.add(PlantPump.sized("SCHWP-Z1-" + p, 0.12, 32, 0.72, new RemoteCommands(HOLD), 0, 0));
        }
        plant = new ChillerPlant(list, primary, condenser, List.of(new SecondaryZone("Z1", 1.0, zonePumps)), new CoolingTowers(4100, 37));
    }

    /** Runs the plant for this many seconds at a constant load and wet bulb. */
    void run(long seconds, double loadKw, double wetBulbC) {
        for (long s = 0; s < seconds; s++) {
            now = now.plusSeconds(1);
            plant.step(now, 1.0, loadKw, wetBulbC);
        }
    }

    long running() {
        return plant.chillers().stream().filter(SimulatedChiller::running).count();
    }

    SimulatedChiller chiller(int number) {
        return plant.chillers().get(number - 1);
    }
}
