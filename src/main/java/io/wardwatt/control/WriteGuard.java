package io.wardwatt.control;

import java.util.List;

/** One safety rule a write must pass before it is sent. */
@FunctionalInterface
public interface WriteGuard {

    GuardVerdict check(ProposedWrite write);

    /** Guards in order; the first that does not allow decides, and a limited value is passed on to the next. */
    static WriteGuard all(List<WriteGuard> guards) {
        return write -> {
            ProposedWrite current = write;
            String limited = null;
            for (WriteGuard guard : guards) {
                GuardVerdict verdict = guard.check(current);
                if (!verdict.allowed()) {
                    return verdict;
                }
                if (verdict.reason() != null) {
                    limited = verdict.reason();
                }
                current = current.withValue(verdict.value());
            }
            return limited == null ? GuardVerdict.allow(current.value()) : GuardVerdict.limit(current.value(), limited);
        };
    }
}
