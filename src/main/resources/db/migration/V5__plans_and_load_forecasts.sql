-- Cooling-load forecasts (what the daily plan is made from) and the plant plans with the inputs they were made from.

-- One row per issue of a forecast: a new issue for the same site and day is a new row, the latest issued wins,
-- and no row is ever changed, so every plan can name the exact forecast it used.
create table cooling_load_forecast (
    id            bigint generated always as identity primary key,
    site          text               not null,
    forecast_date date               not null,            -- the site's local day
    slot_minutes  integer            not null check (slot_minutes between 5 and 60 and 1440 % slot_minutes = 0),
    loads_kw      double precision[] not null check (cardinality(loads_kw) * slot_minutes = 1440),
    source        text               not null,            -- who or what made it (a model's name, "manual", ...)
    issued_at     timestamptz        not null default clock_timestamp()
);
create index cooling_load_forecast_day_idx on cooling_load_forecast (site, forecast_date, issued_at desc, id desc);

create or replace function cooling_load_forecast_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'cooling_load_forecast rows are never changed or removed: issue a new forecast instead';
end $$;
create trigger cooling_load_forecast_append_only before update or delete on cooling_load_forecast
    for each row execute function cooling_load_forecast_is_append_only();

-- A plan: queued -> solving -> done | stopped | failed (queued -> stopped | failed too). The inputs are stored as
-- the scenario document plus a copy of the plant and chiller model files it could read, so the plan can be solved
-- again from exactly the same inputs (after a restart, or as a replay) whatever happens to the files later.
create table plant_plan (
    id               uuid             primary key,
    site             text             not null,
    plan_date        date,                                 -- null for a what-if whose slots are not tied to a date
    kind             text             not null check (kind in ('daily', 'what-if', 'replay')),
    status           text             not null check (status in ('queued', 'solving', 'done', 'stopped', 'failed')),
    requested_by     text             not null,
    requested_at     timestamptz      not null default clock_timestamp(),
    started_at       timestamptz,
    finished_at      timestamptz,
    scenario         jsonb            not null,            -- the scenario document (scenario format), as planned
    model_files      jsonb            not null,            -- {"plants/demo-hospital.yaml": "text", ...}
    plan             jsonb,                                -- the DayPlan, once done or stopped with a plan
    objective        double precision,
    bound_objective  double precision,
    gap_percent      double precision,
    saving_percent   double precision,                     -- objective saving against conventional sequencing
    feasible         boolean,
    error            text,
    replay_of        uuid             references plant_plan (id),
    forecast_id      bigint           references cooling_load_forecast (id),
    idempotency_key  text             unique,
    check ((status in ('done', 'stopped', 'failed')) = (finished_at is not null))
);
create index plant_plan_requested_idx on plant_plan (requested_at desc);
create index plant_plan_day_idx on plant_plan (site, plan_date, kind);
create index plant_plan_unfinished_idx on plant_plan (requested_at) where status in ('queued', 'solving');
-- One daily plan per site, day and forecast issue: a second run on the same forecast finds the first.
create unique index plant_plan_daily_once on plant_plan (site, plan_date, forecast_id) where kind = 'daily';

-- Status only moves forward, the inputs never change, and a finished plan is never rewritten or removed.
create or replace function plant_plan_moves_forward() returns trigger language plpgsql as $$
declare
    rank_old integer := case old.status when 'queued' then 0 when 'solving' then 1 else 2 end;
    rank_new integer := case new.status when 'queued' then 0 when 'solving' then 1 else 2 end;
begin
    if tg_op = 'DELETE' then
        raise exception 'plant_plan % is never removed', old.id;
    end if;
    if rank_old = 2 then
        raise exception 'plant_plan % is finished (%) and is never rewritten', old.id, old.status;
    end if;
    if rank_new < rank_old then
        raise exception 'plant_plan % cannot move back from % to %', old.id, old.status, new.status;
    end if;
    if new.scenario is distinct from old.scenario or new.model_files is distinct from old.model_files
            or new.kind is distinct from old.kind or new.site is distinct from old.site
            or new.plan_date is distinct from old.plan_date or new.requested_by is distinct from old.requested_by
            or new.requested_at is distinct from old.requested_at or new.replay_of is distinct from old.replay_of
            or new.forecast_id is distinct from old.forecast_id or new.idempotency_key is distinct from old.idempotency_key then
        raise exception 'plant_plan % keeps the inputs it was requested with', old.id;
    end if;
    return new;
end $$;
create trigger plant_plan_forward_only before update or delete on plant_plan
    for each row execute function plant_plan_moves_forward();
