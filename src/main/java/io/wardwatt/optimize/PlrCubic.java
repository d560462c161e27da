package io.wardwatt.optimize;

/**
 * The part-load power curve of the optimal-chiller-loading literature: {@code kW = a + b·PLR + c·PLR² + d·PLR³}
 * with {@code PLR = load / capacity}, valid while running ({@code minimumPartLoadRatio ≤ PLR ≤ 1}).
 */
public record PlrCubic(String id, double capacityKw, double minimumPartLoadRatio, double a, double b, double c, double d)
        implements ChillerPowerModel {

    public PlrCubic {
        if (!(capacityKw > 0)) {
            throw new IllegalArgumentException("chiller " + id + ": capacity must be positive, got " + capacityKw);
        }
        if (!(minimumPartLoadRatio > 0 && minimumPartLoadRatio <= 1)) {
            throw new IllegalArgumentException("chiller " + id + ": minimum PLR must be in (0, 1], got " + minimumPartLoadRatio);
        }
    }

    @Override
    public double[] powerPolynomial() {
        return new double[] {a, b / capacityKw, c / (capacityKw * capacityKw), d / (capacityKw * capacityKw * capacityKw)};
    }

    @Override
    public double powerKw(double loadKw) {
        double plr = loadKw / capacityKw;
        return a + plr * (b + plr * (c + plr * d));
    }
}
