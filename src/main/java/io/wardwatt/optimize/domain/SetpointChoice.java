package io.wardwatt.optimize.domain;

import io.wardwatt.optimize.SlotTable;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The chilled-water supply set-point of one slot. It also carries the slot table, so that constraints joining a
 * slot's running set or pump count with its set-point read the exact power of that combination.
 */
@PlanningEntity
public class SetpointChoice implements PlanningDecision {

    public static final String SETPOINT = "setpoint";

    @PlanningId
    private String id;
    private PlanSlot slot;
    private SlotTable table;
    @PlanningVariable(valueRangeProviderRefs = PlantPlan.SETPOINTS)
    private SupplySetpoint setpoint;

    public SetpointChoice() {
    }

    public SetpointChoice(PlanSlot slot, SlotTable table, SupplySetpoint setpoint) {
        this.id = "setpoint@" + slot.index();
        this.slot = slot;
        this.table = table;
        this.setpoint = setpoint;
    }

    public String getId() {
        return id;
    }

    public PlanSlot slot() {
        return slot;
    }

    public int slotIndex() {
        return slot.index();
    }

    public SlotTable table() {
        return table;
    }

    public SupplySetpoint getSetpoint() {
        return setpoint;
    }

    public void setSetpoint(SupplySetpoint setpoint) {
        this.setpoint = setpoint;
    }

    public int setpointIndex() {
        return setpoint.index();
    }

    @Override
    public String variableName() {
        return SETPOINT;
    }

    @Override
    public Object value() {
        return setpoint;
    }

    @Override
    public void assign(Object value) {
        this.setpoint = (SupplySetpoint) value;
    }

    @Override
    public String toString() {
        return id + " " + (setpoint == null ? "-" : setpoint.celsius() + " °C");
    }
}
