package io.wardwatt;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.wardwatt.cli.CommandLine;

/**
 * The one entry point of the packaged application. With no argument (or {@code serve}) it runs the
 * service; with a sub-command it runs that command in plain Java and exits, without booting Quarkus,
 * so commands need no database, no poller and no HTTP port.
 */
@QuarkusMain
public final class WardwattMain {

    private WardwattMain() {
    }

    public static void main(String... args) {
        CommandLine commands = CommandLine.standard();
        if (!commands.isServe(args)) {
            System.exit(commands.run(args, System.out, System.err));
            return;
        }
        if (EmbeddedDatabase.requested()) {
            EmbeddedDatabase.startAndConfigure();
        }
        Quarkus.run(args.length > 0 ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    }
}
