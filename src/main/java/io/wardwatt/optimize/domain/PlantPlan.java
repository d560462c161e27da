package io.wardwatt.optimize.domain;

import io.wardwatt.optimize.SlotTable;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The day plan as OptaPlanner sees it: per slot, which chillers and pumps run and the supply set-point. Hard
 * score units are the rules' own (kW short, slots short, starts over, pumps unpaired); soft score is the objective
 * in thousandths of its unit (CNY-equivalent).
 */
@PlanningSolution
public class PlantPlan {

    public static final String ON_OFF = "onOff";
    public static final String SETPOINTS = "setpoints";

    @ProblemFactProperty
    private SlotTable table;
    @ProblemFactCollectionProperty
    private List<ChillerUnit> units;
    @ProblemFactCollectionProperty
    private List<PlanSlot> slots;
    @ProblemFactCollectionProperty
    private List<PumpZone> zones;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = SETPOINTS)
    private List<SupplySetpoint> setpoints;
    @PlanningEntityCollectionProperty
    private List<ChillerCommitment> chillerCommitments;
    @PlanningEntityCollectionProperty
    private List<PumpCommitment> pumpCommitments;
    @PlanningEntityCollectionProperty
    private List<SetpointChoice> setpointChoices;
    @PlanningScore
    private HardSoftLongScore score;

    public PlantPlan() {
    }

    public PlantPlan(SlotTable table, List<ChillerUnit> units, List<PlanSlot> slots, List<PumpZone> zones, List<SupplySetpoint> setpoints,
            List<ChillerCommitment> chillerCommitments, List<PumpCommitment> pumpCommitments, List<SetpointChoice> setpointChoices) {
        this.table = table;
        this.units = units;
        this.slots = slots;
        this.zones = zones;
        this.setpoints = setpoints;
        this.chillerCommitments = chillerCommitments;
        this.pumpCommitments = pumpCommitments;
        this.setpointChoices = setpointChoices;
    }

    @ValueRangeProvider(id = ON_OFF)
    public List<Boolean> onOff() {
        return List.of(Boolean.FALSE, Boolean.TRUE);
    }

    public SlotTable table() {
        return table;
    }

    public List<ChillerUnit> units() {
        return units;
    }

    public List<PlanSlot> slots() {
        return slots;
    }

    public List<PumpZone> zones() {
        return zones;
    }

    public List<SupplySetpoint> setpoints() {
        return setpoints;
    }

    public List<ChillerCommitment> chillerCommitments() {
        return chillerCommitments;
    }

    public List<PumpCommitment> pumpCommitments() {
        return pumpCommitments;
    }

    public List<SetpointChoice> setpointChoices() {
        return setpointChoices;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
