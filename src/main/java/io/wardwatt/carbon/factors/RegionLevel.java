package io.wardwatt.carbon.factors;

/** How close to the site a factor is: the policy prefers a province's value, then its regional grid's, then the nation's. */
public enum RegionLevel {
    PROVINCE, REGIONAL_GRID, NATION;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
