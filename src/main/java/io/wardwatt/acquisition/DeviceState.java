package io.wardwatt.acquisition;

/**
 * How a device is doing, on itself: its state never depends on other devices.
 * STARTING until its first cycle; OK when the last cycle read everything; DEGRADED when some requests failed or
 * fewer than the faulty threshold of cycles failed in a row; FAULTY after that many failed cycles in a row (then
 * backed off); DISABLED when switched off in the devices file or when its configuration disagrees with the site
 * model (it is then not polled).
 */
public enum DeviceState {
    STARTING(0), OK(0), DEGRADED(1), FAULTY(2), DISABLED(3);

    private final int level;

    DeviceState(int level) {
        this.level = level;
    }

    /** The metric value: 0 OK (or starting), 1 degraded, 2 faulty, 3 disabled. */
    public int level() {
        return level;
    }
}
