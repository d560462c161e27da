package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a plan is made from; stored with the plan, so any plan can be solved again from it.
 *
 * @param name what is planned, e.g. {@code demo-hospital 2026-07-15}
 * @param start local start of the first slot (null when the slots are not tied to a date)
 * @param slotMinutes slot length, 5..60 minutes, a divisor of 1,440
 * @param slots the slots in order, 1..96
 * @param chillers the plant's chillers, in their conventional staging order
 * @param zones secondary pump zones (may be empty: then no secondary pumps are planned)
 * @param initialState per chiller (chillers not listed start off and free of any run or stop time)
 * @param condenser the cooling towers whose condenser-water set-point and cells the plan chooses, with the weather
 *        of every slot; null when every slot's condenser water is a given
 * @param equipment the site's PV, battery and reserve planned around the plant (null or empty: the plant alone)
 * @param site the rest of the site: other electricity, the month's peak, the battery's start, the demand charge, the
 *        weather the PV is forecast from (null: the plant alone)
 */
public record DayProblem(String name, LocalDateTime start, int slotMinutes, List<SlotConditions> slots, List<PlannedChiller> chillers,
        List<SecondaryZone> zones, PlanRules rules, Objective objective, ConventionalRules conventional,
        List<InitialChillerState> initialState, CondenserWaterPlant condenser, SiteEquipment equipment, SiteInputs site) {

    public static final int MAX_SLOTS = 96;
    public static final int MAX_CHILLERS = 10;

    public DayProblem {
        slots = List.copyOf(slots);
        chillers = List.copyOf(chillers);
        zones = List.copyOf(zones);
        initialState = List.copyOf(initialState);
        if (slotMinutes < 5 || slotMinutes > 60 || 1440 % slotMinutes != 0) {
            throw new IllegalArgumentException("slotMinutes must divide 1440 and lie in 5..60, got " + slotMinutes);
        }
        if (slots.isEmpty() || slots.size() > MAX_SLOTS) {
            throw new IllegalArgumentException("1.." + MAX_SLOTS + " slots are required, got " + slots.size());
        }
        if (chillers.isEmpty() || chillers.size() > MAX_CHILLERS) {
            throw new IllegalArgumentException("1.." + MAX_CHILLERS + " chillers are required, got " + chillers.size());
        }
        Set<String> ids = new HashSet<>();
        for (PlannedChiller chiller : chillers) {
            if (!ids.add(chiller.id())) {
                throw new IllegalArgumentException("chiller id " + chiller.id() + " appears twice");
            }
        }
        for (InitialChillerState state : initialState) {
            if (!ids.contains(state.chillerId())) {
                throw new IllegalArgumentException("initial state names chiller " + state.chillerId() + ", which the plant does not have");
            }
        }
        if (!zones.isEmpty()) {
            double shares = zones.stream().mapToDouble(SecondaryZone::loadShare).sum();
            if (Math.abs(shares - 1) > 1e-6) {
                throw new IllegalArgumentException("the zones' load shares must add up to 1, got " + shares);
            }
        }
        if (site != null && site.otherElectricityKw().length != slots.size()) {
            throw new IllegalArgumentException("the site's other electricity has " + site.otherElectricityKw().length + " values for " + slots.size()
                    + " slots");
        }
        if (condenser != null && condenser.condenserFlowM3s().size() != chillers.size()) {
            throw new IllegalArgumentException("the towers know " + condenser.condenserFlowM3s().size() + " chillers, the plant has "
                    + chillers.size());
        }
        if (condenser != null && slots.stream().anyMatch(slot -> slot.weather() == null)) {
            throw new IllegalArgumentException("towers are planned from the weather: every slot needs it");
        }
        if (condenser == null && slots.stream().anyMatch(slot -> Double.isNaN(slot.condenserEnteringC()))) {
            throw new IllegalArgumentException("without towers every slot's condenser water must be given");
        }
    }

    /** A problem whose condenser water is given in every slot (no towers planned). */
    public DayProblem(String name, LocalDateTime start, int slotMinutes, List<SlotConditions> slots, List<PlannedChiller> chillers,
            List<SecondaryZone> zones, PlanRules rules, Objective objective, ConventionalRules conventional,
            List<InitialChillerState> initialState) {
        this(name, start, slotMinutes, slots, chillers, zones, rules, objective, conventional, initialState, null);
    }

    /** The same problem over other slot conditions (measured loads, say). */
    public DayProblem withSlots(List<SlotConditions> otherSlots) {
        return new DayProblem(name, start, slotMinutes, otherSlots, chillers, zones, rules, objective, conventional, initialState, condenser);
    }

    /** Whether the plan chooses the condenser water (towers and weather), rather than taking it as given. */
    public boolean plansTowers() {
        return condenser != null;
    }

    /** The plant alone, without the site around it. */
    public DayProblem(String name, LocalDateTime start, int slotMinutes, List<SlotConditions> slots, List<PlannedChiller> chillers,
            List<SecondaryZone> zones, PlanRules rules, Objective objective, ConventionalRules conventional,
            List<InitialChillerState> initialState, CondenserWaterPlant condenser) {
        this(name, start, slotMinutes, slots, chillers, zones, rules, objective, conventional, initialState, condenser, null, null);
    }

    /** Whether a site plan goes with the plant's (a battery or PV to plan, and the rest of the site to plan them on). */
    public boolean plansSite() {
        return equipment != null && !equipment.isEmpty() && site != null;
    }

    /**
     * The state chiller {@code chiller} (index) carries in; a chiller not listed starts off, long enough stopped for
     * any rule, with no starts today.
     */
    public InitialChillerState initialStateOf(int chiller) {
        String id = chillers.get(chiller).id();
        return initialState.stream().filter(state -> state.chillerId().equals(id)).findFirst()
                .orElse(new InitialChillerState(id, false, 1_000_000, 0));
    }

    public double slotHours() {
        return slotMinutes / 60.0;
    }
}
