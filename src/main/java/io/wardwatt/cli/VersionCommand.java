package io.wardwatt.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints the application version (from the jar manifest when packaged). */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the version";
    }

    @Override
    public String usage() {
        return "Usage: version";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments, got " + args);
        }
        String version = VersionCommand.class.getPackage().getImplementationVersion();
        out.println("wardwatt " + (version != null ? version : "development build"));
        return 0;
    }
}
