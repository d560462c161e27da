-- Intraday re-planning. A re-plan of the rest of a day is a plan of its own (kind 'replan': its scenario is the
-- approved plan's from the next slot boundary, from the measured plant state, with the corrected forecast), and a row
-- here says whose re-plan it is, why, and what became of it: a revision of the approved plan (inside the approved
-- plan's envelope: dispatch follows the latest revision from its first slot) or a draft for approval (outside it: the
-- approved plan stays in force). Rows are appended only; a plan's revisions are numbered 1, 2, ... in order.
alter table plant_plan drop constraint plant_plan_kind_check;
alter table plant_plan add constraint plant_plan_kind_check check (kind in ('daily', 'what-if', 'replay', 'replan'));

create table plan_revision (
    plan_id         uuid        not null references plant_plan (id),   -- the approved plan re-planned
    number          integer     not null check (number >= 1),
    outcome         text        not null check (outcome in ('revision', 'draft')),
    replan_id       uuid        not null unique references plant_plan (id),
    cause           text        not null check (cause in ('load-deviation', 'engineer-request')),
    cause_detail    text        not null,                              -- e.g. measured load 18 % above forecast for 45 min
    requested_by    text        not null,                              -- watcher, or the engineer
    at              timestamptz not null,
    first_slot      integer     not null check (first_slot >= 0),      -- the approved plan's index of the first slot replaced
    replaces_from   timestamptz not null,                              -- the slots it replaces: from the first one's start ...
    replaces_until  timestamptz not null,                              -- ... to the plan's end
    episode_from    timestamptz,                                       -- a load deviation's start: one re-plan per episode
    verdict         text        not null,                              -- the envelope check, with its reasons
    primary key (plan_id, number),
    check ((cause = 'load-deviation') = (episode_from is not null)),
    check (replaces_until > replaces_from)
);
create unique index plan_revision_one_per_episode on plan_revision (plan_id, episode_from) where episode_from is not null;

create or replace function plan_revision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plan_revision rows are never changed or removed';
end $$;
create trigger plan_revision_append_only before update or delete on plan_revision
    for each row execute function plan_revision_append_only();
