package io.wardwatt.reporting.render;

import io.wardwatt.carbon.factors.Factor;
import io.wardwatt.carbon.ledger.ComplianceView;
import io.wardwatt.carbon.ledger.EnergyView;
import io.wardwatt.carbon.ledger.GhgProtocolView;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The emission totals of a month, once, for both renders: the compliance view, the GHG Protocol view, energy in
 * tce, the per-area figures and the shares of estimated data. Every figure is rounded here from the ledger's
 * unrounded values, by the rules of the ledger's JSON, so the annex, the PDF and the platform payload agree.
 */
final class TotalsTable {

    static final Bilingual COMPLIANCE = new Bilingual("合规口径（CO2，发改委2015公共建筑指南）", "Compliance view (CO2, NDRC 2015 public-building guideline)");
    static final Bilingual GHG = new Bilingual("温室气体核算体系口径（CO2e）", "GHG Protocol view (CO2e)");
    static final Bilingual ENERGY = new Bilingual("能源消费（折标准煤，GB/T 2589，电力当量值）", "Energy (standard coal, GB/T 2589, electricity at equivalent value)");
    static final Bilingual INTENSITY = new Bilingual("单位建筑面积指标", "Per floor area");
    static final Bilingual ESTIMATED = new Bilingual("估算数据占比", "Estimated data");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final List<TotalRow> rows = new ArrayList<>();
    private Bilingual view;

    private TotalsTable() {
    }

    static List<TotalRow> of(MonthlyReport report) {
        TotalsTable table = new TotalsTable();
        MonthlyLedger ledger = report.ledger();
        table.compliance(ledger.compliance());
        table.ghg(ledger.ghgProtocol());
        table.energy(ledger.energy());
        table.view = INTENSITY;
        table.add("单位面积碳排放（合规口径）", "Emissions per floor area (compliance)", "kgCO2/m²",
                perArea(ledger.compliance().totalTco2(), report.floorAreaM2()), Precision.PER_AREA, "", true);
        table.add("单位面积能耗", "Energy per floor area", "kgce/m²", perArea(ledger.energy().totalTce(), report.floorAreaM2()),
                Precision.PER_AREA, "", true);
        table.view = ESTIMATED;
        table.add("估算数据占温室气体排放比例", "Estimated share of GHG (location-based)", "%",
                percent(ledger.estimatedGhgShare()), Precision.PERCENT, "", true);
        table.add("估算数据占能源消费比例", "Estimated share of energy", "%", percent(ledger.estimatedEnergyShare()), Precision.PERCENT, "", true);
        return List.copyOf(table.rows);
    }

    private void compliance(ComplianceView view) {
        this.view = COMPLIANCE;
        tonnes("化石燃料燃烧排放", "Fuel combustion", view.fuelCombustionTco2(), true);
        quantity("购入电力", "Electricity purchased", "MWh", view.purchasedElectricityMwh());
        quantity("输出电力（光伏上网）", "Electricity supplied out (PV exported)", "MWh", view.exportedElectricityMwh());
        quantity("净购入电力", "Net purchased electricity", "MWh", view.netElectricityMwh());
        tonnes("净购入电力排放", "Net purchased electricity emissions", view.netElectricityTco2(), true);
        quantity("净购入热力", "Net purchased heat", "GJ", view.netHeatGj());
        tonnes("净购入热力排放", "Net purchased heat emissions", view.netHeatTco2(), true);
        tonnes("二氧化碳排放总量", "Total CO2", view.totalTco2(), true);
    }

    private void ghg(GhgProtocolView view) {
        this.view = GHG;
        tonnes("范围一：化石燃料燃烧", "Scope 1: fuel combustion", view.scope1FuelTco2e(), true);
        tonnes("范围一：制冷剂逸散（" + view.gwpReport() + " GWP）", "Scope 1: refrigerant leakage (" + view.gwpReport() + " GWP)",
                view.scope1RefrigerantTco2e(), true);
        tonnes("范围一合计", "Scope 1 total", view.scope1Tco2e(), true);
        tonnes("范围二（基于位置）：电力", "Scope 2 location-based: electricity", view.scope2LocationElectricityTco2e(), false);
        tonnes("范围二（基于位置）：热力", "Scope 2 location-based: heat", view.scope2HeatTco2e(), false);
        tonnes("范围二（基于位置）合计", "Scope 2 location-based total", view.scope2LocationTco2e(), true);
        quantity("范围二（基于市场）：购入电力", "Scope 2 market-based: electricity bought", "MWh", view.electricityMwh());
        quantity("范围二（基于市场）：绿电覆盖电量", "Scope 2 market-based: covered by green power", "MWh", view.greenCoveredMwh());
        quantity("范围二（基于市场）：剩余电量", "Scope 2 market-based: remainder", "MWh", view.residualMwh());
        Factor residual = view.residualFactor();
        if (residual != null) {
            add("范围二（基于市场）：剩余电量排放因子", "Scope 2 market-based: factor of the remainder", residual.unit().symbol(),
                    residual.value(), Precision.EXACT, residual.id() + (view.residualIsLocationFactor()
                            ? "; no residual factor published: the location-based factor stands in" : ""), false);
        }
        tonnes("范围二（基于市场）：电力", "Scope 2 market-based: electricity", view.scope2MarketElectricityTco2e(), false);
        tonnes("范围二（基于市场）：热力", "Scope 2 market-based: heat", view.scope2HeatTco2e(), false);
        tonnes("范围二（基于市场）合计", "Scope 2 market-based total", view.scope2MarketTco2e(), true);
        tonnes("排放总量（范围一 + 范围二基于位置）", "Total, scope 1 + scope 2 location-based", view.totalLocationTco2e(), true);
        tonnes("排放总量（范围一 + 范围二基于市场）", "Total, scope 1 + scope 2 market-based", view.totalMarketTco2e(), true);
        tonnes("备忘：《蒙特利尔议定书》管控气体", "Memo: Montreal Protocol gases", view.memoMontrealGasesTco2e(), true);
        quantity("备忘：光伏发电量", "Memo: PV generated", "MWh", view.memoPvGeneratedMwh());
        quantity("备忘：光伏上网电量", "Memo: PV exported", "MWh", view.memoPvExportedMwh());
    }

    private void energy(EnergyView view) {
        this.view = ENERGY;
        add("外购能源", "Purchased energy", "tce", view.purchasedTce(), Precision.TONNES, "", true);
        add("可再生能源（光伏自发自用）", "On-site renewable (PV used on site)", "tce", view.renewableOnSiteTce(), Precision.TONNES, "", true);
        add("能源消费总量", "Total energy", "tce", view.totalTce(), Precision.TONNES, "", true);
    }

    private void tonnes(String zh, String en, BigDecimal value, boolean summary) {
        add(zh, en, view == COMPLIANCE ? "tCO2" : "tCO2e", value, Precision.TONNES, "", summary);
    }

    private void quantity(String zh, String en, String unit, BigDecimal value) {
        add(zh, en, unit, value, Precision.QUANTITY, "", false);
    }

    private void add(String zh, String en, String unit, BigDecimal value, Precision precision, String note, boolean summary) {
        rows.add(new TotalRow(view, new Bilingual(zh, en), unit, precision.round(value), precision, note, summary));
    }

    /** tonnes per m² as kg per m². */
    private static BigDecimal perArea(BigDecimal tonnes, BigDecimal floorAreaM2) {
        return tonnes.multiply(THOUSAND).divide(floorAreaM2, MathContext.DECIMAL128);
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2);
    }
}
