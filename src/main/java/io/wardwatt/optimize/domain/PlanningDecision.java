package io.wardwatt.optimize.domain;

/** A planning entity's one genuine variable, read and written by name so that one move type serves all entities. */
public interface PlanningDecision {

    String variableName();

    Object value();

    void assign(Object value);
}
