package io.wardwatt.cli;

import io.wardwatt.carbon.activity.ActivityCsvReader;
import io.wardwatt.carbon.activity.ActivitySheet;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.FactorSetReader;
import io.wardwatt.carbon.factors.Region;
import io.wardwatt.carbon.ledger.LedgerCalculation;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ledger compute --activities FILE --month YYYY-MM}: a month's carbon ledger from an activities CSV and
 * the factor sets under {@code carbon-factors/}, as JSON, without a database; with {@code --xlsx}/{@code --pdf}
 * also the month's report as a draft ({@link ReportFiles}). {@code ledger verify --site S --month M}: a closed
 * month verified by the running service ({@link LedgerVerifyCommand}).
 */
final class LedgerCommand implements Command {

    static final String DEFAULT_FACTORS = "carbon-factors";
    /** Publication days of Chinese factors are Beijing days. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public String summary() {
        return "compute a month's ledger from an activities CSV (no database); verify a closed month (via the service)";
    }

    @Override
    public String usage() {
        return """
                Usage: ledger compute --activities FILE --month YYYY-MM [--region CODE] [--factors DIR] [--factor-set ID] [--as-of YYYY-MM-DD]
                           [--xlsx FILE] [--pdf FILE [--pdf-font FILE]]
                           [--site CODE --site-name NAME --organisation NAME --credit-code CODE --floor-area M2]
                  --activities FILE  CSV with the header carrier,quantity,unit[,source] (README, "Carbon ledger")
                  --month YYYY-MM    the month the activities belong to
                  --region CODE      CN (default) or an ISO 3166-2 province code such as CN-SH
                  --factors DIR      the factor sets (default carbon-factors)
                  --factor-set ID    the set to use (default: the one compiled last)
                  --as-of DAY        the calculation day: only factors published by then count (default today, Beijing)
                  Prints the ledger: entries with their factors, the compliance view (tCO2), the GHG Protocol view by
                  scope (tCO2e, location- and market-based), energy in tce, the share of estimated data, and each
                  factor used with the reason the policy chose it. Bad input: every problem with its line, exit 2.
                  --xlsx FILE        also write the report's annex: emission totals, activity data, factors (XLSX)
                  --pdf FILE         also write the report for signatures (PDF, Chinese and English)
                  --pdf-font FILE    a TrueType font (.ttf/.ttc) for the PDF instead of the one shipped (GB 2312 characters)
                  --site, --site-name, --organisation, --credit-code (统一社会信用代码), --floor-area (m2): who
                                     reports, required with --xlsx or --pdf. The report is a draft (not closed):
                                     version 1, content hash the SHA-256 of the JSON printed.
                """ + "\n" + LedgerVerifyCommand.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("verify")) {
            return new LedgerVerifyCommand().run(args.subList(1, args.size()), out, err);
        }
        if (args.isEmpty() || !args.get(0).equals("compute")) {
            throw new UsageException("the ledger commands are 'compute' and 'verify'");
        }
        Map<String, String> options = OptionPairs.parse(args.subList(1, args.size()),
                Set.of("--activities", "--month", "--region", "--factors", "--factor-set", "--as-of", "--xlsx", "--pdf", "--pdf-font", "--site",
                        "--site-name", "--organisation", "--credit-code", "--floor-area"));
        ReportFiles reports = ReportFiles.of(options);
        if (!options.containsKey("--activities")) {
            throw new UsageException("--activities FILE is required");
        }
        if (!options.containsKey("--month")) {
            throw new UsageException("--month YYYY-MM is required");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(options.get("--month"));
        } catch (DateTimeParseException e) {
            throw new UsageException("--month takes YYYY-MM, got '" + options.get("--month") + "'");
        }
        LocalDate asOf;
        try {
            asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : LocalDate.now(CHINA);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of takes YYYY-MM-DD, got '" + options.get("--as-of") + "'");
        }
        List<InputProblem> problems = new ArrayList<>();
        try {
            FactorSet set = FactorSetReader.select(Path.of(options.getOrDefault("--factors", DEFAULT_FACTORS)), options.get("--factor-set"));
            String code = options.getOrDefault("--region", Region.NATION).trim().toUpperCase(java.util.Locale.ROOT);
            Region region = set.region(code).orElseThrow(() -> new InvalidInputException("--region", "'" + code
                    + "' is not a region of factor set " + set.id() + ": " + String.join(", ", set.regionCodes())));
            ActivitySheet sheet = ActivityCsvReader.readFile(Path.of(options.get("--activities")));
            problems.addAll(sheet.problems());
            MonthlyLedger ledger = LedgerCalculation.compute(month, region, asOf, set, sheet.activities());
            if (problems.isEmpty()) {
                reports.write(ledger);
                out.print(LedgerJson.write(ledger));
                return 0;
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.forEach(err::println);
        err.println("ledger: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; no ledger");
        return 2;
    }
}
