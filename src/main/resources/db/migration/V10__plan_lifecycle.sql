-- The life cycle of a solved plan. A plan that is done or stopped with a feasible plan for a dated day is
-- a draft; it has no row here until it is first approved or cancelled. plant_plan itself is never rewritten once
-- finished, so the life cycle lives beside it: one row per plan with its state, and every transition appended.
create table plan_lifecycle (
    plan_id     uuid        primary key references plant_plan (id),
    site        text        not null,
    plan_date   date        not null,
    state       text        not null check (state in ('approved', 'dispatching', 'done', 'superseded', 'cancelled')),
    mode        text        not null check (mode in ('advisory', 'dispatch')),  -- the control mode it was approved under
    changed_at  timestamptz not null default clock_timestamp()
);
-- Only one plan is in force (approved or dispatching) per site and day.
create unique index plan_lifecycle_one_in_force on plan_lifecycle (site, plan_date) where state in ('approved', 'dispatching');

create table plan_transition (
    id          bigserial   primary key,
    plan_id     uuid        not null references plant_plan (id),
    from_state  text        not null check (from_state in ('draft', 'approved', 'dispatching')),
    to_state    text        not null check (to_state in ('approved', 'dispatching', 'done', 'superseded', 'cancelled')),
    actor       text        not null,
    at          timestamptz not null default clock_timestamp(),
    comment     text
);
create index plan_transition_plan_idx on plan_transition (plan_id, id);

-- State only moves forward (draft < approved < dispatching < done, superseded, cancelled), a plan keeps its site and
-- day, an ended life cycle never changes, and nothing is removed.
create or replace function plan_lifecycle_moves_forward() returns trigger language plpgsql as $$
declare
    rank_old integer := case old.state when 'approved' then 1 when 'dispatching' then 2 else 3 end;
    rank_new integer := case new.state when 'approved' then 1 when 'dispatching' then 2 else 3 end;
begin
    if tg_op = 'DELETE' then
        raise exception 'plan_lifecycle % is never removed', old.plan_id;
    end if;
    if rank_old = 3 then
        raise exception 'plan_lifecycle % has ended (%) and never changes', old.plan_id, old.state;
    end if;
    if rank_new <= rank_old then
        raise exception 'plan_lifecycle % cannot move from % to %', old.plan_id, old.state, new.state;
    end if;
    if new.plan_id is distinct from old.plan_id or new.site is distinct from old.site or new.plan_date is distinct from old.plan_date
            or new.mode is distinct from old.mode then
        raise exception 'plan_lifecycle % keeps its plan, site, day and mode', old.plan_id;
    end if;
    return new;
end $$;
create trigger plan_lifecycle_forward_only before update or delete on plan_lifecycle
    for each row execute function plan_lifecycle_moves_forward();

create or replace function plan_transition_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plan_transition rows are never changed or removed';
end $$;
create trigger plan_transition_append_only before update or delete on plan_transition
    for each row execute function plan_transition_append_only();
