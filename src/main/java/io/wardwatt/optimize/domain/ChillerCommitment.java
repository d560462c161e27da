package io.wardwatt.optimize.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** Whether one chiller runs in one slot. */
@PlanningEntity
public class ChillerCommitment implements PlanningDecision {

    public static final String ON = "on";

    @PlanningId
    private String id;
    private ChillerUnit unit;
    private PlanSlot slot;
    @PlanningVariable(valueRangeProviderRefs = PlantPlan.ON_OFF)
    private Boolean on;

    public ChillerCommitment() {
    }

    public ChillerCommitment(ChillerUnit unit, PlanSlot slot, Boolean on) {
        this.id = unit.id() + "@" + slot.index();
        this.unit = unit;
        this.slot = slot;
        this.on = on;
    }

    public String getId() {
        return id;
    }

    public ChillerUnit unit() {
        return unit;
    }

    public PlanSlot slot() {
        return slot;
    }

    public int slotIndex() {
        return slot.index();
    }

    public Boolean getOn() {
        return on;
    }

    public void setOn(Boolean on) {
        this.on = on;
    }

    public boolean isOn() {
        return Boolean.TRUE.equals(on);
    }

    /** This chiller's bit when it runs, else 0: summed over a slot's commitments it gives the running set. */
    public int runningBit() {
        return isOn() ? unit.bit() : 0;
    }

    @Override
    public String variableName() {
        return ON;
    }

    @Override
    public Object value() {
        return on;
    }

    @Override
    public void assign(Object value) {
        this.on = (Boolean) value;
    }

    @Override
    public String toString() {
        return id + (isOn() ? " on" : " off");
    }
}
