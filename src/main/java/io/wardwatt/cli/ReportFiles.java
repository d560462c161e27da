package io.wardwatt.cli;

import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.reporting.render.MonthlyReport;
import io.wardwatt.reporting.render.PdfFont;
import io.wardwatt.reporting.render.PdfReport;
import io.wardwatt.reporting.render.UnifiedSocialCreditCode;
import io.wardwatt.reporting.render.XlsxReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report files {@code ledger compute} writes beside the JSON ({@code --xlsx}, {@code --pdf}): a draft report of
 * the computed ledger, with who reports taken from the options. Both are rendered before either is written, so a
 * problem (a bad credit code, a character the PDF font lacks) leaves no file behind.
 */
final class ReportFiles {

    /** The report's fields by the option that gives them, for messages. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.of("siteCode", "--site", "siteName", "--site-name", "organisationName",
            "--organisation", "creditCode", "--credit-code", "floorAreaM2", "--floor-area");

    private final Map<String, String> options;

    private ReportFiles(Map<String, String> options) {
        this.options = options;
    }

    /** @throws UsageException when report options come without a file to write, or a file without them */
    static ReportFiles of(Map<String, String> options) {
        boolean files = options.containsKey("--xlsx") || options.containsKey("--pdf");
        if (options.containsKey("--pdf-font") && !options.containsKey("--pdf")) {
            throw new UsageException("--pdf-font FILE goes with --pdf FILE");
        }
        List<String> missing = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (String option : OPTION_OF_FIELD.values().stream().sorted().toList()) {
            (options.containsKey(option) ? given : missing).add(option);
        }
        if (files && !missing.isEmpty()) {
            throw new UsageException("a report needs who reports: " + String.join(", ", missing) + " missing");
        }
        if (!files && !given.isEmpty()) {
            throw new UsageException(String.join(", ", given) + " describe a report: give --xlsx FILE or --pdf FILE to write one");
        }
        return new ReportFiles(options);
    }

    /** Renders the draft report of {@code ledger} and writes the files asked for; nothing when none was. */
    void write(MonthlyLedger ledger) {
        if (!options.containsKey("--xlsx") && !options.containsKey("--pdf")) {
            return;
        }
        MonthlyReport report = report(ledger);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (options.containsKey("--xlsx")) {
            files.put(Path.of(options.get("--xlsx")), XlsxReport.render(report));
        }
        if (options.containsKey("--pdf")) {
            PdfFont font = options.containsKey("--pdf-font") ? PdfFont.file(Path.of(options.get("--pdf-font"))) : PdfFont.bundled();
            files.put(Path.of(options.get("--pdf")), PdfReport.render(report, font));
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            try {
                Files.write(file.getKey(), file.getValue());
            } catch (IOException e) {
                throw new InvalidInputException(file.getKey().toString(), "cannot be written: " + e.getMessage());
            }
        }
    }

    private MonthlyReport report(MonthlyLedger ledger) {
        List<InputProblem> problems = new ArrayList<>();
        UnifiedSocialCreditCode code = null;
        try {
            code = UnifiedSocialCreditCode.parse(options.get("--credit-code"));
        } catch (InvalidInputException e) {
            problems.addAll(atOptions(e));
        }
        BigDecimal area = null;
        try {
            area = new BigDecimal(options.get("--floor-area").trim());
        } catch (NumberFormatException e) {
            problems.add(new InputProblem("--floor-area", "'" + options.get("--floor-area") + "' is not a number of m2"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return MonthlyReport.draft(options.get("--site"), options.get("--site-name"), options.get("--organisation"), code, area, ledger);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(atOptions(e));
        }
    }

    /** The problems at the options that gave the fields. */
    private static List<InputProblem> atOptions(InvalidInputException e) {
        return e.problems().stream().map(p -> new InputProblem(OPTION_OF_FIELD.getOrDefault(p.where(), p.where()), p.problem())).toList();
    }
}
