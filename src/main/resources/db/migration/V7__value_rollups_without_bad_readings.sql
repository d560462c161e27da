-- Value rollups leave bad readings (quality 4) out. In PARTITIONED mode the service already computes
-- readings_15m and readings_1h that way; under TimescaleDB the continuous aggregates of V4 counted every
-- reading, so the two modes would have answered differently. They are recreated here with the same
-- definition plus the quality filter, and the same refresh policies (dropping an aggregate drops its policy).
-- Nothing to do in PARTITIONED mode.

do $$
begin
    if (select mode from storage_mode) = 'TIMESCALEDB' then
        execute 'drop materialized view if exists readings_1h';
        execute 'drop materialized view if exists readings_15m';
        execute $x$
            create materialized view readings_15m
            with (timescaledb.continuous, timescaledb.materialized_only = false) as
            select point_id,
                   time_bucket(interval '15 minutes', ts) as bucket,
                   avg(value) as avg_value, min(value) as min_value, max(value) as max_value,
                   count(*) as sample_count, sum(value) as sum_value
            from reading
            where quality <> 4
            group by point_id, time_bucket(interval '15 minutes', ts)
            with no data$x$;
        execute $x$
            create materialized view readings_1h
            with (timescaledb.continuous, timescaledb.materialized_only = false) as
            select point_id,
                   time_bucket(interval '1 hour', ts) as bucket,
                   avg(value) as avg_value, min(value) as min_value, max(value) as max_value,
                   count(*) as sample_count, sum(value) as sum_value
            from reading
            where quality <> 4
            group by point_id, time_bucket(interval '1 hour', ts)
            with no data$x$;
        execute $x$select add_continuous_aggregate_policy('readings_15m', start_offset => null,
            end_offset => interval '15 minutes', schedule_interval => interval '5 minutes', if_not_exists => true)$x$;
        execute $x$select add_continuous_aggregate_policy('readings_1h', start_offset => null,
            end_offset => interval '1 hour', schedule_interval => interval '15 minutes', if_not_exists => true)$x$;
    end if;
end
$$;
