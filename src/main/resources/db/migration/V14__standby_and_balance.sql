-- Alerts: one store for every condition a watch finds -- a medical device's standby draw above its standard,
-- a parent meter that does not balance with its sub-meters, and later plant control faults. One row per condition
-- (kind, site, source, period): evaluating the same day again updates the row instead of adding one.
create table alert (
    id                  bigserial        primary key,
    kind                text             not null check (kind ~ '^[a-z][a-z0-9-]{0,63}$'),
    site                text             not null,
    source              text             not null,   -- what it is about: a device code, a meter group (SPACE:carrier), ...
    period              text             not null,   -- the period judged, as the site names it: 2026-03-02 or 2026-03
    period_start        timestamptz      not null,
    period_end          timestamptz      not null check (period_end > period_start),
    severity            text             not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    text                text             not null check (length(trim(text)) > 0),
    measured            double precision,            -- the value judged (standby kW, parent kWh, ...)
    expected            double precision,            -- what it should have been (standard kW, sum of children kWh, ...)
    kwh_wasted          double precision,
    raised_at           timestamptz      not null,
    updated_at          timestamptz      not null,
    cleared_at          timestamptz,                 -- a later evaluation no longer found the condition
    acknowledged_at     timestamptz,
    acknowledged_by     text,
    acknowledge_comment text,
    unique (kind, site, source, period),
    constraint alert_acknowledged_whole check ((acknowledged_at is null) = (acknowledged_by is null)
                                               and (acknowledged_at is null) = (acknowledge_comment is null))
);
create index alert_open_idx on alert (site, raised_at) where acknowledged_at is null;
