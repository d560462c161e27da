package io.wardwatt.control;

import java.time.Duration;
import java.time.Instant;

/**
 * A chiller that started runs at least {@code minRun}, one that stopped rests at least {@code minStop}: a stop or
 * start that comes too early is held back until the time has passed (short cycling wears the compressor and
 * motor). When it started or stopped comes from the readings (RUN and since when), else from the last confirmed
 * ENABLE write; when neither knows, the chiller has been in its state longer than anyone watched, and the
 * command passes. Commands above BACnet's minimum on/off level are not held.
 */
public final class MinRunStopGuard implements WriteGuard {

    private final Duration minRun;
    private final Duration minStop;

    public MinRunStopGuard(Duration minRun, Duration minStop) {
        this.minRun = minRun;
        this.minStop = minStop;
    }

    @Override
    public GuardVerdict check(ProposedWrite write) {
        if (write.point().kind() != CommandKind.CHILLER_ENABLE || !write.command().priority().timingGuarded()) {
            return GuardVerdict.allow(write.value());
        }
        boolean start = write.value() != 0;
        ChillerStatus status = write.plant() == null ? null : write.plant().chillers().get(write.point().device());
        Boolean running = null;
        Instant since = null;
        if (status != null) {
            running = status.running();
            since = status.runningSince();
        }
        LastWrite last = write.lastWrite();
        if (since == null && last != null) {
            running = running != null ? running : last.value() != 0;
            since = last.changedAt();
        }
        if (running == null || since == null || running == start) {
            return GuardVerdict.allow(write.value());
        }
        Duration minimum = running ? minRun : minStop;
        Duration inState = Duration.between(since, write.now());
        if (inState.compareTo(minimum) >= 0) {
            return GuardVerdict.allow(write.value());
        }
        return GuardVerdict.hold(write.point().device() + " has " + (running ? "run" : "rested") + " " + inState.toMinutes() + " min of its minimum "
                + minimum.toMinutes() + ": the " + (start ? "start" : "stop") + " waits until " + since.plus(minimum));
    }
}
