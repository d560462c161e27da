package io.wardwatt.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispatches the packaged application's arguments: {@code serve} (or nothing) runs the service,
 * anything else names a {@link Command}. Later packages add their commands in {@link #standard()}.
 */
public final class CommandLine {

    public static final String SERVE = "serve";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandLine(List<Command> commands) {
        for (Command command : commands) {
            if (this.commands.put(command.name(), command) != null) {
                throw new IllegalArgumentException("Two commands are named " + command.name());
            }
        }
    }

    /** The commands of the packaged application. */
    public static CommandLine standard() {
        return new CommandLine(StandardCommands.all());
    }

    public boolean isServe(String... args) {
        return args.length == 0 || SERVE.equals(args[0]);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            out.print(help());
            return 0;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("Unknown command '" + name + "'.");
            err.print(help());
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println(name + ": " + e.getMessage());
            err.println(command.usage());
            return 2;
        }
    }

    public String help() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: java -jar target/quarkus-app/quarkus-run.jar [COMMAND] [ARGS]\n\n");
        text.append("With no command (or 'serve') the Wardwatt service runs.\n\nCommands:\n");
        text.append(String.format("  %-10s %s%n", SERVE, "run the service (default)"));
        for (Command command : commands.values()) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        text.append("\n'COMMAND --help' shows a command's options.\n");
        return text.toString();
    }
}
