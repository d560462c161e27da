package io.wardwatt.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 16 command levels of one point, as BACnet's priority array: each level holds at most one command; the
 * effective command is the highest-priority one that has not expired. With none, the point is relinquished:
 * dispatch writes nothing and the plant's controller takes over once its command hold runs out. Time is passed
 * in; nothing here reads a clock. Not thread-safe: one device's dispatch owns it.
 */
public final class PriorityArray {

    private final CommandedPoint point;
    private final Command[] levels = new Command[16];

    public PriorityArray(CommandedPoint point) {
        this.point = point;
    }

    public CommandedPoint point() {
        return point;
    }

    /** Puts (or replaces, i.e. renews) the command at its level. */
    public void command(Command command) {
        levels[command.priority().level() - 1] = command;
    }

    /** Clears one level; the next lower unexpired command, if any, becomes effective. */
    public void relinquish(CommandPriority priority) {
        levels[priority.level() - 1] = null;
    }

    /** The command at one level, if it is still active at {@code now}. */
    public Optional<Command> at(CommandPriority priority, Instant now) {
        Command command = levels[priority.level() - 1];
        return command != null && command.activeAt(now) ? Optional.of(command) : Optional.empty();
    }

    /** The highest-priority command active at {@code now}; empty when the point is relinquished. */
    public Optional<Command> effective(Instant now) {
        for (Command command : levels) {
            if (command != null && command.activeAt(now)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** Every command active at {@code now}, highest priority first (for the status view). */
    public List<Command> active(Instant now) {
        List<Command> active = new ArrayList<>();
        for (Command command : levels) {
            if (command != null && command.activeAt(now)) {
                active.add(command);
            }
        }
        return active;
    }

    /** Drops the commands expired at {@code now} and returns them (for the events). */
    public List<Command> dropExpired(Instant now) {
        List<Command> dropped = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null && !levels[i].activeAt(now)) {
                dropped.add(levels[i]);
                levels[i] = null;
            }
        }
        return dropped;
    }
}
