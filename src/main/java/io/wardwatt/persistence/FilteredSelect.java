package io.wardwatt.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native select whose conditions are added one by one, each with its own parameter numbered as it comes, so a
 * listing with optional filters binds exactly the filters it was given.
 */
public final class FilteredSelect {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    /** @param select everything up to the conditions, e.g. {@code select a, b from t} */
    public FilteredSelect(String select) {
        this.sql = new StringBuilder(select).append(" where true");
    }

    /** A condition without a parameter. */
    public FilteredSelect and(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }

    /** {@code column <operator> value}, always. */
    public FilteredSelect and(String column, String operator, Object value) {
        parameters.add(value);
        sql.append(" and ").append(column).append(' ').append(operator).append(" ?").append(parameters.size());
        return this;
    }

    /** {@code column = value} when a value is given; nothing when it is null. */
    public FilteredSelect equalIfGiven(String column, Object value) {
        return value == null ? this : and(column, "=", value);
    }

    /** The query with its parameters bound. @param tail order and limit, e.g. {@code order by at desc limit 500} */
    public Query query(EntityManager em, String tail) {
        Query query = em.createNativeQuery(sql + " " + tail);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
