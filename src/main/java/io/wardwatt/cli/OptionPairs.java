package io.wardwatt.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command line of {@code --name value} pairs, each name one the command knows. */
final class OptionPairs {

    private OptionPairs() {
    }

    /** The value of each option given, by name; a usage error for a name without value or one not known. */
    static Map<String, String> parse(List<String> args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!known.contains(args.get(i))) {
                throw new UsageException("unknown option " + args.get(i));
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + args.get(i) + " needs a value");
            }
            values.put(args.get(i), args.get(i + 1));
        }
        return values;
    }
}
