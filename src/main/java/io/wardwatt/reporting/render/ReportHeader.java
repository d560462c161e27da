package io.wardwatt.reporting.render;

import io.wardwatt.carbon.factors.Region;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that say whose report it is and which version: organisation, site, month, region, ledger version and
 * state, factor set and policy, rounding, hashes. The annex and the PDF show the same lines.
 */
final class ReportHeader {

    static final DateTimeFormatter BEIJING_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MonthlyReport.CHINA);
    static final String ROUNDING = LedgerJson.ROUNDING + "; per floor area to 3 decimals";
    static final Bilingual CONTENT_HASH = new Bilingual("内容哈希", "Content hash (SHA-256)");
    static final Bilingual PREVIOUS_HASH = new Bilingual("上月哈希", "Previous month's hash");

    /**
     * One line: the label and its value as text.
     *
     * @param number the value as a number, for a numeric cell; null when it is text
     */
    record Line(Bilingual label, String value, BigDecimal number) {

        Line(Bilingual label, String value) {
            this(label, value, null);
        }

        Line(Bilingual label, BigDecimal number) {
            this(label, number.toPlainString(), number);
        }
    }

    private ReportHeader() {
    }

    /** Every line: who reports, which version, then the hashes. */
    static List<Line> of(MonthlyReport report) {
        List<Line> lines = new ArrayList<>(about(report));
        lines.addAll(hashes(report));
        return lines;
    }

    /** Whose report, which month and version, computed how. */
    static List<Line> about(MonthlyReport report) {
        MonthlyLedger ledger = report.ledger();
        Region region = ledger.region();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(new Bilingual("报告单位", "Organisation"), report.organisationName()));
        lines.add(new Line(new Bilingual("统一社会信用代码", "Unified social credit code"), report.creditCode().value()));
        lines.add(new Line(new Bilingual("站点", "Site"), report.siteCode() + " " + report.siteName()));
        lines.add(new Line(new Bilingual("建筑面积（m²）", "Floor area (m²)"), Precision.QUANTITY.round(report.floorAreaM2())));
        lines.add(new Line(new Bilingual("报告月份", "Month"), report.month().toString()));
        lines.add(new Line(new Bilingual("地区", "Region"), region.code() + " " + region.name()
                + (region.grid() == null ? "" : ", 区域电网 regional grid " + region.grid())));
        lines.add(new Line(new Bilingual("台账版本", "Ledger version"), BigDecimal.valueOf(report.ledgerVersion())));
        lines.add(new Line(new Bilingual("状态", "Status"), status(report)));
        lines.add(new Line(new Bilingual("计算日", "Calculation day"), ledger.asOf().toString()));
        lines.add(new Line(new Bilingual("排放因子集", "Factor set"), ledger.factorSet().id() + " (GWP " + ledger.factorSet().gwpReport()
                + "), SHA-256 " + ledger.factorSet().sha256()));
        lines.add(new Line(new Bilingual("因子选取规则", "Factor policy"), ledger.policy()));
        lines.add(new Line(new Bilingual("取整规则", "Rounding"), ROUNDING));
        return lines;
    }

    /** The ledger's content hash and the previous month's it is chained to: what a signature vouches for. */
    static List<Line> hashes(MonthlyReport report) {
        return List.of(new Line(CONTENT_HASH, report.contentHash()), new Line(PREVIOUS_HASH, previousHash(report)));
    }

    static String status(MonthlyReport report) {
        return report.closed()
                ? "已关账 closed " + BEIJING_MINUTE.format(report.closedAt()) + " (UTC+8), " + report.closedBy()
                : "草稿（未关账，不作签署）draft: not closed, not for signature";
    }

    static String previousHash(MonthlyReport report) {
        return report.previousHash() == null ? "无（首月）none: the site's first month" : report.previousHash();
    }
}
