-- Plant control: what dispatch did, the engineers' overrides, device faults and plan suspensions. Kept so a
-- restart resumes exactly where control stood: an override keeps its expiry, a faulted device stays faulted until an
-- engineer acknowledges it, a suspended plan stays suspended until resumed.

-- Every dispatch event, appended (the plan-against-actual view reads the overrides and faults of a slot from here).
create table control_event (
    id        bigserial   primary key,
    site      text        not null,
    at        timestamptz not null,
    type      text        not null check (type in ('WRITTEN', 'HELD', 'REFUSED', 'EXPIRED', 'UNREACHABLE', 'READ_BACK_FAILED',
                                                     'ACKNOWLEDGED', 'PLAN_SUSPENDED', 'PLAN_RESUMED', 'OVERRIDDEN', 'RELEASED',
                                                     'PLAN_COMMANDED')),
    device    text,
    point     text,
    text      text        not null,
    actor     text        not null default 'dispatch'
);
create index control_event_site_at_idx on control_event (site, at);

-- An engineer's manual override: a value at a priority level above the plan, until it expires or is released.
create table control_override (
    id           uuid          primary key,
    site         text          not null,
    device       text          not null,
    point        text          not null,
    kind         text          not null check (kind in ('CHILLER_ENABLE', 'SUPPLY_SETPOINT', 'PUMP_ENABLE', 'PUMP_SPEED')),
    priority     smallint      not null check (priority between 1 and 16),
    value        double precision not null,
    starts_at    timestamptz   not null,
    expires_at   timestamptz   not null check (expires_at > starts_at),
    created_by   text          not null,
    comment      text          not null check (length(trim(comment)) > 0),
    released_at  timestamptz,
    released_by  text,
    release_comment text,
    request_key  text          unique    -- the Idempotency-Key it was asked with, if any
);
create index control_override_active_idx on control_override (site, expires_at) where released_at is null;

-- A device dispatch stopped writing to (the read-back did not hold): open until acknowledged.
create table control_fault (
    id               bigserial   primary key,
    site             text        not null,
    device           text        not null,
    raised_at        timestamptz not null,
    reason           text        not null,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    comment          text
);
create unique index control_fault_one_open on control_fault (site, device) where acknowledged_at is null;

-- A suspension of the plan (a critical zone's limit not met): open until an engineer resumes the plan.
create table control_suspension (
    id          bigserial   primary key,
    site        text        not null,
    since       timestamptz not null,
    reason      text        not null,
    resumed_at  timestamptz,
    resumed_by  text,
    comment     text
);
create unique index control_suspension_one_open on control_suspension (site) where resumed_at is null;
