package io.wardwatt.sim.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OutpatientVisitsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final OutpatientVisits visits = new OutpatientVisits(8_000, SHANGHAI);
    private final LocalDate monday = LocalDate.of(2025, 7, 21);

    @Test
    void arrivalsOverADayAddUpToTheDaysVisits() {
        double total = 0;
        for (int minute = 0; minute < 24 * 60; minute++) {
            total += visits.arrivalsPerHour(at(monday.atStartOfDay().plusMinutes(minute))) / 60;
        }

        assertEquals(8_000 * 1.15, total, 8_000 * 1.15 * 0.002);
    }

    @Test
    void clinicsRunFromHalfPastSevenToHalfPastFiveWithAMorningPeak() {
        assertEquals(0, visits.arrivalsPerHour(at(monday.atTime(7, 0))));
        assertEquals(0, visits.arrivalsPerHour(at(monday.atTime(17, 45))));
        assertEquals(0, visits.arrivalsPerHour(at(monday.atTime(23, 0))));
        double morning = visits.arrivalsPerHour(at(monday.atTime(9, 30)));
        double lunch = visits.arrivalsPerHour(at(monday.atTime(12, 15)));
        double afternoon = visits.arrivalsPerHour(at(monday.atTime(14, 30)));
        assertTrue(morning > afternoon && afternoon > lunch, morning + " > " + afternoon + " > " + lunch);
        assertTrue(visits.clinicsOpen(at(monday.atTime(8, 0))) && !visits.clinicsOpen(at(monday.atTime(18, 0))));
    }

    @Test
    void weekdaysAreBusierThanWeekendsAndMondaysBusiest() {
        LocalDate saturday = monday.plusDays(5);
        LocalDate sunday = monday.plusDays(6);

        for (int d = 1; d < 5; d++) {
            assertTrue(visits.visitsOn(monday) >= visits.visitsOn(monday.plusDays(d)));
            assertTrue(visits.visitsOn(monday.plusDays(d)) > 1.8 * visits.visitsOn(saturday));
        }
        assertTrue(visits.visitsOn(saturday) > visits.visitsOn(sunday));
        assertTrue(visits.peopleOnSite(at(monday.atTime(10, 30))) > 2 * visits.peopleOnSite(at(saturday.atTime(10, 30))));
    }

    @Test
    void visitorsStayAboutTwoAndAHalfHours() {
        // Nobody is left two and a half hours after the last arrival; someone is still there just before.
        assertEquals(0, visits.peopleOnSite(at(monday.atTime(20, 5))), 1e-9);
        assertTrue(visits.peopleOnSite(at(monday.atTime(19, 0))) > 0);
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }
}
