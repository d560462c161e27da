-- The submission outbox of the national reporting platform: one row per site-month report version, with the exact
-- payload sent (the same bytes on every attempt), its idempotency key, where the submission stands and the platform's
-- receipt. Rows are never removed: an accepted row is the proof of submission, a rejected one waits for a person.
create table report_submission (
    id                bigint      generated always as identity primary key,
    site              text        not null,
    period            text        not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    report_version    integer     not null check (report_version >= 1),
    report_id         text        not null,
    idempotency_key   text        not null unique,          -- site:period:v<version>:<content hash>, also the HTTP header
    content_hash      text        not null check (content_hash ~ '^[0-9a-f]{64}$'),
    payload           text        not null check (jsonb_typeof(payload::jsonb) = 'object'),
    status            text        not null check (status in ('pending', 'sending', 'retrying', 'accepted', 'rejected')),
    attempts          integer     not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null,                 -- when a pending or retrying row is due
    lease_until       timestamptz,                          -- while sending: after it, a crashed sender's row is taken again
    last_error        text,
    last_http_status  integer,
    receipt_id        text,
    receipt           jsonb,                                -- the platform's receipt as it answered
    manual_retries    integer     not null default 0 check (manual_retries >= 0),
    enqueued_by       text        not null,
    created_at        timestamptz not null default clock_timestamp(),
    updated_at        timestamptz not null default clock_timestamp(),
    accepted_at       timestamptz,
    unique (site, period, report_version),
    check ((status = 'accepted') = (receipt_id is not null and accepted_at is not null)),
    check (status <> 'sending' or lease_until is not null)
);
-- What the submitter claims: due rows, and rows whose sender's lease ran out.
create index report_submission_due_idx on report_submission (next_attempt_at, id) where status in ('pending', 'retrying');
create index report_submission_sending_idx on report_submission (lease_until) where status = 'sending';
create index report_submission_created_idx on report_submission (created_at desc, id desc);

-- Status moves forward only: pending -> sending -> accepted | rejected | retrying, retrying -> sending, and sending ->
-- sending when a crashed sender's lease has run out (attempts grows). The one way back is a person's retry of a
-- rejected row (rejected -> pending), which must count itself in manual_retries. What was enqueued never changes,
-- an accepted row never changes at all, and no row is removed.
create or replace function report_submission_moves_forward() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'report_submission % is never removed', old.id;
    end if;
    if new.site is distinct from old.site or new.period is distinct from old.period
            or new.report_version is distinct from old.report_version or new.report_id is distinct from old.report_id
            or new.idempotency_key is distinct from old.idempotency_key or new.content_hash is distinct from old.content_hash
            or new.payload is distinct from old.payload or new.enqueued_by is distinct from old.enqueued_by
            or new.created_at is distinct from old.created_at then
        raise exception 'report_submission % keeps the report it was enqueued with', old.id;
    end if;
    if old.status = 'accepted' then
        raise exception 'report_submission % is accepted (receipt %) and is never rewritten', old.id, old.receipt_id;
    end if;
    if new.attempts < old.attempts then
        raise exception 'report_submission % cannot lose attempts (% -> %)', old.id, old.attempts, new.attempts;
    end if;
    if not ((old.status, new.status) in (('pending', 'sending'), ('retrying', 'sending'), ('sending', 'accepted'),
            ('sending', 'rejected'), ('sending', 'retrying'))
            or (old.status = 'sending' and new.status = 'sending' and new.attempts > old.attempts)
            or (old.status = 'rejected' and new.status = 'pending' and new.manual_retries = old.manual_retries + 1)) then
        raise exception 'report_submission % cannot move from % to %', old.id, old.status, new.status;
    end if;
    if new.status = 'sending' and old.status <> 'sending' and new.attempts <> old.attempts + 1 then
        raise exception 'report_submission %: every send counts one attempt', old.id;
    end if;
    return new;
end $$;
create trigger report_submission_forward_only before update or delete on report_submission
    for each row execute function report_submission_moves_forward();
