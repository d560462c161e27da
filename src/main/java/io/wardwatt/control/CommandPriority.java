package io.wardwatt.control;

/**
 * A level of the priority array, as BACnet numbers them: 1 is the highest, 16 the lowest. Only the named levels are
 * used; the others exist so that a level can be placed between them later without renumbering.
 *
 * <p>Levels 1..{@link #MINIMUM_ON_OFF} sit at or above BACnet's "minimum on/off" level 6: a command from there is not
 * held back by minimum run/stop times or set-point rate limits (an emergency stop must stop). Everything from the
 * engineer's override down is.
 */
public record CommandPriority(int level) implements Comparable<CommandPriority> {

    /** Manual life safety: an emergency command by an engineer. */
    public static final CommandPriority MANUAL_LIFE_SAFETY = new CommandPriority(1);
    /** BACnet's minimum on/off level: the boundary below which the timing guards apply. */
    public static final CommandPriority MINIMUM_ON_OFF = new CommandPriority(6);
    /** Manual operator override: an engineer's command with an expiry, above the plan. */
    public static final CommandPriority MANUAL_OPERATOR = new CommandPriority(8);
    /** The approved plan, written by dispatch. */
    public static final CommandPriority PLAN = new CommandPriority(10);
    /** The building's own schedule, the relinquish default: the lowest level. */
    public static final CommandPriority SCHEDULE = new CommandPriority(16);

    public CommandPriority {
        if (level < 1 || level > 16) {
            throw new IllegalArgumentException("a command priority is 1..16 (1 highest), got " + level);
        }
    }

    /** True when this level wins over {@code other} (a smaller number). */
    public boolean isAbove(CommandPriority other) {
        return level < other.level;
    }

    /** Whether minimum run/stop times and rate limits apply to commands at this level (below BACnet's level 6). */
    public boolean timingGuarded() {
        return MINIMUM_ON_OFF.isAbove(this);
    }

    /** Whether critical-zone limits apply: to the plan and below (an engineer's override is his, and audited). */
    public boolean zoneLimited() {
        return MANUAL_OPERATOR.isAbove(this);
    }

    @Override
    public int compareTo(CommandPriority other) {
        return Integer.compare(level, other.level);
    }

    @Override
    public String toString() {
        return switch (level) {
            case 1 -> "1 (manual life safety)";
            case 8 -> "8 (manual operator)";
            case 10 -> "10 (plan)";
            case 16 -> "16 (schedule)";
            default -> String.valueOf(level);
        };
    }
}
