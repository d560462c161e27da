package io.wardwatt.standby;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The standby watch's answer for one site and local day: every watched device's finding, and the alerts it raised. */
public record StandbyReport(String site, LocalDate day, Instant from, Instant to, double threshold, List<StandbyFinding> findings,
                            List<Long> alertIds) {
}
