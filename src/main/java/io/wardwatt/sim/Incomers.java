package io.wardwatt.sim;

import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The two 10 kV incomers. The busbar sections are coupled and share the site's net import 52/48 (the
 * chiller plant's transformers sit on section 1). Power factor 0.93 after the capacitor banks. The site
 * never exports (PV is far below the base load), so the export registers stand still.
 */
public final class Incomers {

    static final double FIRST_SHARE = 0.52;
    static final double POWER_FACTOR = 0.93;
    static final double LINE_VOLTAGE_KV = 10.2;

    private final ZoneId zone;
    private final Totalizer[] imported = {new Totalizer(38_400_000.0), new Totalizer(35_100_000.0)};
    private final Totalizer[] reactive = {new Totalizer(14_100_000.0), new Totalizer(12_900_000.0)};
    private final double[] demandMax = new double[2];
    private YearMonth month;
    private double totalKw;

    Incomers(ZoneId zone) {
        this.zone = zone;
    }

    void step(Instant now, double netImportKw, double seconds) {
        totalKw = Math.max(0, netImportKw);
        YearMonth current = YearMonth.from(now.atZone(zone));
        if (!current.equals(month)) {
            month = current;
            demandMax[0] = 0;
            demandMax[1] = 0;
        }
        for (int i = 1; i <= 2; i++) {
            imported[i - 1].add(kw(i), seconds);
            reactive[i - 1].add(kvar(i), seconds);
            demandMax[i - 1] = Math.max(demandMax[i - 1], kw(i));
        }
    }

    /** @param incomer 1 or 2 */
    public double kw(int incomer) {
        return totalKw * (incomer == 1 ? FIRST_SHARE : 1 - FIRST_SHARE);
    }

    public double kvar(int incomer) {
        return kw(incomer) * Math.tan(Math.acos(POWER_FACTOR));
    }

    /** Phase current, A. */
    public double currentA(int incomer) {
        return kw(incomer) / (Math.sqrt(3) * LINE_VOLTAGE_KV * POWER_FACTOR);
    }

    public double kwh(int incomer) {
        return imported[incomer - 1].total();
    }

    public double kvarh(int incomer) {
        return reactive[incomer - 1].total();
    }

    /** The highest power this month so far, kW. */
    public double demandMaxKw(int incomer) {
        return demandMax[incomer - 1];
    }

    public double totalKw() {
        return totalKw;
    }
}
