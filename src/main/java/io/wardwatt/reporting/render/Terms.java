package io.wardwatt.reporting.render;

import io.wardwatt.carbon.activity.Carrier;
import io.wardwatt.carbon.activity.DataSource;
import io.wardwatt.carbon.factors.FactorCategory;
import io.wardwatt.carbon.ledger.GhgScope;

/**
 * The Chinese names of the ledger's codes, as a hospital's energy office and the reporting platforms write them
 * (外购电力, 光伏上网电量, 范围一, 折标准煤系数 ...). The codes stay beside them, since files and the JSON use them.
 */
final class Terms {

    private Terms() {
    }

    static Bilingual carrier(Carrier carrier) {
        return switch (carrier.kind()) {
            case ELECTRICITY -> new Bilingual("外购电力", "grid electricity bought");
            case GREEN_ELECTRICITY -> new Bilingual("其中：绿电交易/绿证覆盖电量", "of which green-power trades or certificates");
            case PV_GENERATED -> new Bilingual("光伏发电量", "on-site PV generated");
            case PV_SELF_CONSUMED -> new Bilingual("光伏自发自用电量", "on-site PV used on site");
            case PV_EXPORTED -> new Bilingual("光伏上网电量", "on-site PV fed into the grid");
            case NATURAL_GAS -> new Bilingual("天然气", "natural gas");
            case DIESEL -> new Bilingual("柴油", "diesel");
            case LPG -> new Bilingual("液化石油气", "liquefied petroleum gas");
            case HEAT -> new Bilingual("外购热力（蒸汽/热水）", "heat bought (steam or hot water)");
            case REFRIGERANT -> new Bilingual("制冷剂补充量 " + carrier.gas(), "refrigerant top-up " + carrier.gas());
        };
    }

    static Bilingual source(DataSource source) {
        return switch (source) {
            case METERED -> new Bilingual("计量", "metered");
            case MANUAL -> new Bilingual("手工填报", "manual");
            case ESTIMATED -> new Bilingual("估算", "estimated");
        };
    }

    static Bilingual scope(GhgScope scope) {
        return switch (scope) {
            case SCOPE_1 -> new Bilingual("范围一", "scope 1");
            case SCOPE_2 -> new Bilingual("范围二", "scope 2");
            case MEMO -> new Bilingual("备忘项", "memo");
            case NONE -> new Bilingual("不计", "none");
        };
    }

    static Bilingual category(FactorCategory category) {
        return switch (category) {
            case GRID_ELECTRICITY -> new Bilingual("电网排放因子", "grid electricity");
            case FUEL_COMBUSTION -> new Bilingual("化石燃料参数", "fuel combustion");
            case HEAT -> new Bilingual("热力排放因子", "purchased heat");
            case REFRIGERANT_GWP -> new Bilingual("全球变暖潜势", "refrigerant GWP");
            case STANDARD_COAL -> new Bilingual("折标准煤系数", "standard coal");
        };
    }
}
