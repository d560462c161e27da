package io.wardwatt.cli;

import java.io.PrintStream;
import java.util.List;

/** A sub-command of the packaged application. Runs in plain Java: no Quarkus, no database. */
public interface Command {

    /** The word that selects it, e.g. {@code optimize}. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /** The usage text shown by {@code <name> --help} and on a usage error. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 success, 1 failure of the work, 2 bad usage or bad input
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
