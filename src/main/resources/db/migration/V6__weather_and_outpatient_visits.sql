-- Weather (observed and typical years from EPW files, forecasts fetched from the weather provider) and outpatient
-- visit counts from the hospital information system: the inputs of the load forecast.
--
-- Every "hour" is the instant the hour ENDS (timestamptz): temperature and humidity are read then, radiation is the
-- mean of the hour before it. EPW files and Open-Meteo stamp hours the same way.

-- Observed weather (epw-history, real instants) and typical years (epw-typical). A typical year's rows are stored on
-- the reference year 2001 (not a leap year); the fallback maps any date onto it (29 February reads 28 February).
-- Importing a file again replaces the site's rows of that source and hour (latest wins): a corrected file is meant
-- to correct, and the import answers how many rows it inserted, changed and left as they were.
create table weather_observation (
    site                  text             not null,
    source                text             not null check (source in ('epw-typical', 'epw-history')),
    hour                  timestamptz      not null,
    temperature_c         double precision not null,
    relative_humidity_pct double precision not null,
    ghi_wm2               double precision not null,
    imported_at           timestamptz      not null default clock_timestamp(),
    primary key (site, source, hour)
);

-- Each successful fetch from the provider is an issue of rows (one per hour), kept so that the last forecast can stand
-- in while the provider is down. Fallback flags (fallback-last, fallback-typical) are given to hours when a forecast is
-- served, never stored: what is stored is what the provider said.
create table weather_forecast (
    site                  text             not null,
    issued_at             timestamptz      not null,
    hour                  timestamptz      not null,
    temperature_c         double precision not null,
    relative_humidity_pct double precision not null,
    ghi_wm2               double precision not null,
    source                text             not null default 'provider' check (source = 'provider'),
    primary key (site, issued_at, hour)
);
create index weather_forecast_hour_idx on weather_forecast (site, hour, issued_at desc);

-- Outpatient visits per local day (visit_hour null) or per local hour (0 = 00:00-01:00). One count per site, date and
-- hour: a later import of the same key replaces the count (latest wins, as the HIS corrects late registrations), and
-- the import reports each count it replaced.
create table outpatient_visits (
    id          bigint      generated always as identity primary key,
    site        text        not null,
    visit_date  date        not null,
    visit_hour  smallint    check (visit_hour between 0 and 23),
    visits      integer     not null check (visits >= 0),
    source      text        not null,
    imported_at timestamptz not null default clock_timestamp()
);
create unique index outpatient_visits_key on outpatient_visits (site, visit_date, coalesce(visit_hour, -1));
