package io.wardwatt.carbon.factors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned set of emission factors and conversion coefficients, read from one file under
 * {@code carbon-factors/} by {@link FactorSetReader}. A released set is never edited: a ledger records its id
 * and {@code sha256}, so the factors it used can be found and checked later.
 *
 * @param compiled  the day the set was put together; the newest set is the default
 * @param gwpReport the IPCC assessment report of every GWP in the set (AR6, ...)
 * @param file      where it was read from
 * @param sha256    hex SHA-256 of the file's bytes
 * @param provinces province name by ISO 3166-2 code
 * @param gases     the gases with a GWP, by {@link RefrigerantGas#normalized normalized} name and alias
 */
public record FactorSet(String id, String title, LocalDate compiled, String gwpReport, String file, String sha256,
        Map<String, String> provinces, List<RegionalGrid> grids, Map<String, FactorSource> sources, List<Factor> factors,
        Map<String, RefrigerantGas> gases) {

    public FactorSet {
        provinces = Map.copyOf(provinces);
        grids = List.copyOf(grids);
        sources = Map.copyOf(sources);
        factors = List.copyOf(factors);
        gases = Map.copyOf(gases);
    }

    /** The nation ({@code CN}) or a province the set maps to its regional grid; empty for any other code. */
    public Optional<Region> region(String code) {
        if (Region.NATION.equals(code)) {
            return Optional.of(new Region(Region.NATION, "China", RegionLevel.NATION, null));
        }
        return grids.stream().filter(grid -> grid.provinces().contains(code)).findFirst()
                .map(grid -> new Region(code, provinces.get(code), RegionLevel.PROVINCE, grid.code()));
    }

    /**
     * A province on a grid other than the set's default for it, as a site may record (eastern Inner Mongolia is on
     * the Northeast grid); empty when either code is unknown.
     */
    public Optional<Region> region(String province, String grid) {
        return region(province).filter(region -> region.level() == RegionLevel.PROVINCE)
                .flatMap(region -> grids.stream().filter(g -> g.code().equals(grid)).findFirst()
                        .map(g -> new Region(province, region.name(), RegionLevel.PROVINCE, g.code())));
    }

    /** {@code CN} and every province code, for messages. */
    public List<String> regionCodes() {
        List<String> codes = new ArrayList<>();
        codes.add(Region.NATION);
        codes.addAll(new java.util.TreeSet<>(provinces.keySet()));
        return codes;
    }

    public List<Factor> factors(FactorCategory category, String key) {
        return factors.stream().filter(factor -> factor.category() == category && factor.key().equals(key)).toList();
    }

    public Optional<RefrigerantGas> gas(String name) {
        return Optional.ofNullable(gases.get(RefrigerantGas.normalized(name)));
    }

    /** The set's gas names, in file order. */
    public List<String> gasNames() {
        Map<String, Boolean> names = new LinkedHashMap<>();
        factors.stream().filter(factor -> factor.category() == FactorCategory.REFRIGERANT_GWP).forEach(factor -> names.put(factor.key(), true));
        return List.copyOf(names.keySet());
    }
}
