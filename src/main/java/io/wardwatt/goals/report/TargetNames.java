package io.wardwatt.goals.report;

/** A target's metric in words, Chinese then English, as the leadership PDF names it (never its code). */
final class TargetNames {

    private TargetNames() {
    }

    static String of(String metric) {
        return switch (metric) {
            case "total-energy-tce" -> "综合能耗 Total energy (tce)";
            case "energy-per-m2" -> "单位面积能耗 Energy per m2 (kgce/m2)";
            case "energy-per-visit" -> "每门诊人次能耗 Energy per outpatient visit";
            case "energy-per-bed-day" -> "每床日能耗 Energy per bed-day";
            case "electricity" -> "用电量 Electricity (kWh)";
            case "natural-gas" -> "天然气 Natural gas (m3)";
            case "steam" -> "蒸汽 Steam (t)";
            default -> metric;
        };
    }

    static String basis(String basis) {
        if (basis == null) {
            return "-";
        }
        return switch (basis) {
            case "regression" -> "修正 normalised";
            case "year-on-year" -> "同比 year-on-year";
            default -> basis;
        };
    }

    static String status(String status) {
        return switch (status) {
            case "on-track" -> "达标 on track";
            case "off-track" -> "未达标 off track";
            default -> "无数据 no data";
        };
    }
}
