package io.wardwatt.cli;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.PointKind;
import io.wardwatt.site.definition.SiteDefinition;
import io.wardwatt.site.definition.SiteDefinitionReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code site validate --file FILE}: checks a site definition without a database. It lives here rather
 * than in {@code io.wardwatt.site} because this package lists the commands, and a command in {@code site}
 * implementing {@link Command} would make the two packages depend on each other.
 */
final class SiteCommand implements Command {

    @Override
    public String name() {
        return "site";
    }

    @Override
    public String summary() {
        return "validate a site definition file (site validate --file FILE)";
    }

    @Override
    public String usage() {
        return """
                Usage: site validate --file FILE
                  Checks a site definition (YAML, or JSON when named *.json) as an import would, without a database.
                  Prints every problem with its path, line and column (exit 2), or a summary of the site (exit 0).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !args.get(0).equals("validate") || !args.get(1).equals("--file")) {
            throw new UsageException("expected 'validate --file FILE', got " + String.join(" ", args));
        }
        Path file = Path.of(args.get(2));
        SiteDefinition definition;
        try {
            definition = SiteDefinitionReader.readFile(file);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> err.println(problem));
            err.println(file + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing would be imported");
            return 2;
        }
        out.println(file + ": valid site definition");
        out.printf(Locale.ROOT, "  site     %s (%s), %s, %.0f m², grid %s, %s%n", definition.site().code(), definition.site().name(),
                definition.site().timeZone(), definition.site().floorAreaM2(), definition.site().gridRegion(), definition.site().province());
        out.printf(Locale.ROOT, "  spaces   %d (%d space units, %.2f m²)%n", definition.spaces().size(), definition.spaceUnits(),
                definition.spaceUnitAreaM2());
        out.printf(Locale.ROOT, "  devices  %d%n", definition.devices().size());
        out.printf(Locale.ROOT, "  points   %d (%d counters)%n", definition.points().size(),
                definition.points().stream().filter(p -> p.kind() == PointKind.COUNTER).count());
        return 0;
    }
}
