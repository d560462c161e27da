-- Rollups. Same names and columns in both storage modes, so one query layer reads either.
--   readings_15m, readings_1h: value statistics per point and bucket (UTC-aligned buckets; 15-minute
--       buckets are also local-aligned in every time zone in use, since all offsets are multiples of 15 min).
--       Continuous aggregates under TimescaleDB, tables kept by the service otherwise. Bad readings
--       (quality 4) are left out in both modes, so both answer alike.
--   readings_1d: value statistics per point and *local* day of the point's site. Kept by the service in both
--       modes, because a continuous aggregate's time zone is one constant and sites differ.
--   consumption_15m / _1h / _1d: consumption of cumulative counters (deltas that understand rollover and
--       meter replacement, spread over the buckets they span). Kept by the service in both modes, because a
--       delta needs the previous reading, which continuous aggregates cannot see.

do $$
begin
    if (select mode from storage_mode) = 'TIMESCALEDB' then
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
    else
        create table readings_15m (
            point_id integer not null, bucket timestamptz not null,
            avg_value double precision not null, min_value double precision not null, max_value double precision not null,
            sample_count bigint not null, sum_value double precision not null,
            primary key (point_id, bucket)
        );
        create table readings_1h (
            point_id integer not null, bucket timestamptz not null,
            avg_value double precision not null, min_value double precision not null, max_value double precision not null,
            sample_count bigint not null, sum_value double precision not null,
            primary key (point_id, bucket)
        );
    end if;
end
$$;

create table readings_1d (
    point_id integer not null, day date not null,
    avg_value double precision not null, min_value double precision not null, max_value double precision not null,
    sample_count bigint not null, sum_value double precision not null,
    primary key (point_id, day)
);

-- quantity is in the point's own unit; anomalies counts deltas that were neither plausible nor explained
-- (a register that went backwards with no replacement recorded): they are counted here, stored as 0.
create table consumption_15m (
    point_id integer not null, bucket timestamptz not null,
    quantity double precision not null, anomalies integer not null default 0,
    primary key (point_id, bucket)
);
create table consumption_1h (
    point_id integer not null, bucket timestamptz not null,
    quantity double precision not null, anomalies integer not null default 0,
    primary key (point_id, bucket)
);
create table consumption_1d (
    point_id integer not null, day date not null,
    quantity double precision not null, anomalies integer not null default 0,
    primary key (point_id, day)
);
