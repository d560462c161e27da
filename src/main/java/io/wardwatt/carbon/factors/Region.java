package io.wardwatt.carbon.factors;

/**
 * Where a site is, as a factor set knows it: the nation ({@code CN}), or a province with its regional grid.
 *
 * @param code ISO 3166-2 province code ({@code CN-SH}) or {@code CN}
 * @param grid the province's regional grid ({@code CN-EAST}); null for the nation
 */
public record Region(String code, String name, RegionLevel level, String grid) {

    public static final String NATION = "CN";
}
