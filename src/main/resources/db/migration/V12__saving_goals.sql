-- Saving goals: per site, the baseline year, the targets and what bed-days are counted from. One row per
-- site, replaced as a whole by PUT /api/sites/{site}/goals (the audit log keeps every earlier version).
create table saving_goal (
    site          text        primary key,
    baseline_year integer     not null check (baseline_year between 2000 and 2100),
    targets       jsonb       not null,               -- [{"metric": "total-energy-tce", "percent": 5.0}, ...]
    beds          integer     not null check (beds >= 0),
    bed_days      jsonb       not null default '{}',  -- {"2026-01": 34100.0, ...}: occupied bed-days entered per month
    updated_at    timestamptz not null default clock_timestamp(),
    updated_by    text        not null
);
