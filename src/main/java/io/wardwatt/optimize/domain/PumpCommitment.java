package io.wardwatt.optimize.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Whether one pump runs in one slot: either a pump paired with a chiller (it must run exactly when the chiller
 * does) or a secondary pump of a zone (the zone's running count must carry its flow).
 */
@PlanningEntity
public class PumpCommitment implements PlanningDecision {

    @PlanningId
    private String id;
    private String pumpId;
    private PlanSlot slot;
    private ChillerUnit pairedUnit;
    private double pairedPowerKw;
    private PumpZone zone;
    @PlanningVariable(valueRangeProviderRefs = PlantPlan.ON_OFF)
    private Boolean on;

    public PumpCommitment() {
    }

    private PumpCommitment(String pumpId, PlanSlot slot, ChillerUnit pairedUnit, double pairedPowerKw, PumpZone zone, Boolean on) {
        this.id = pumpId + "@" + slot.index();
        this.pumpId = pumpId;
        this.slot = slot;
        this.pairedUnit = pairedUnit;
        this.pairedPowerKw = pairedPowerKw;
        this.zone = zone;
        this.on = on;
    }

    public static PumpCommitment paired(String pumpId, PlanSlot slot, ChillerUnit chiller, double powerKw, Boolean on) {
        return new PumpCommitment(pumpId, slot, chiller, powerKw, null, on);
    }

    public static PumpCommitment secondary(String pumpId, PlanSlot slot, PumpZone zone, Boolean on) {
        return new PumpCommitment(pumpId, slot, null, 0, zone, on);
    }

    public String getId() {
        return id;
    }

    public String pumpId() {
        return pumpId;
    }

    public PlanSlot slot() {
        return slot;
    }

    public int slotIndex() {
        return slot.index();
    }

    public ChillerUnit pairedUnit() {
        return pairedUnit;
    }

    public double pairedPowerKw() {
        return pairedPowerKw;
    }

    public PumpZone zone() {
        return zone;
    }

    public boolean isPaired() {
        return pairedUnit != null;
    }

    public boolean isSecondary() {
        return zone != null;
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

    public int runningCount() {
        return isOn() ? 1 : 0;
    }

    @Override
    public String variableName() {
        return ChillerCommitment.ON;
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
