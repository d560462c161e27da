-- Load models (each training run a version) and the 48-hour load forecasts issued from them, kept so that every
-- forecast can be compared with what happened and traced to the model that made it.

-- A training run of a site's target's models, one per lead day (0: the issue's own day, 1: the next, 2: the one after).
-- The version names the target, the last day trained on and a fingerprint of the coefficients: training again on
-- the same data finds the version already stored instead of making a second one.
create table load_model (
    id          bigint      generated always as identity primary key,
    version     text        not null,
    site        text        not null,
    target      text        not null check (target ~ '^[a-z][a-z0-9-]*$'),
    trained_at  timestamptz not null default clock_timestamp(),
    train_from  date        not null,              -- first local day trained on
    train_to    date        not null,              -- last local day trained on
    leads       jsonb       not null,              -- [{leadDays, features, coefficients, meanLoadKw, trainingHours, fitCvrmsePct, fitNmbePct}]
    backtest    jsonb,                             -- the day-ahead walk-forward backtest on the same history, at training
    inputs      jsonb       not null,              -- what the history held: hours, load hours, weather by source, visits days
    unique (site, version)
);
create index load_model_latest_idx on load_model (site, target, trained_at desc, id desc);

-- One issue a site, target and whole hour: the hour forecast first starts at issued_at, one load per hour after it.
-- A second run within the same hour finds the first issue. Rows are never changed or removed.
create table load_forecast (
    id          bigint             generated always as identity primary key,
    site        text               not null,
    target      text               not null,
    issued_at   timestamptz        not null check (issued_at = date_trunc('hour', issued_at)),
    loads_kw    double precision[] not null check (cardinality(loads_kw) between 1 and 168),
    weather     text[]             not null check (cardinality(weather) = cardinality(loads_kw)),  -- per hour, where its weather came from
    visits      text               not null,       -- stored, model or none: where the visits of the days forecast came from
    substituted integer            not null,       -- hours whose recent-load inputs were missing and replaced
    model_id    bigint             not null references load_model (id),
    created_at  timestamptz        not null default clock_timestamp(),
    unique (site, target, issued_at)
);
create index load_forecast_issued_idx on load_forecast (site, target, issued_at desc);

create or replace function load_model_and_forecast_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed or removed: train or issue again instead', tg_table_name;
end $$;
create trigger load_model_append_only before update or delete on load_model
    for each row execute function load_model_and_forecast_are_append_only();
create trigger load_forecast_append_only before update or delete on load_forecast
    for each row execute function load_model_and_forecast_are_append_only();
