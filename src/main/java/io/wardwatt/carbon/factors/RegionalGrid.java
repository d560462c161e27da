package io.wardwatt.carbon.factors;

import java.util.List;

/** A regional grid (区域电网) and the provinces it supplies. */
public record RegionalGrid(String code, String name, List<String> provinces) {

    public RegionalGrid {
        provinces = List.copyOf(provinces);
    }
}
