-- Carbon ledger: manual and estimated activity entries with their evidence, and the closed monthly
-- ledgers, hash-chained per site. Nothing here is ever changed or removed: a closed month is corrected by an entry in
-- an open month that refers to the original, and a newer factor set gives a new version of the month.

-- Serialises, per site, everything that decides what a closed month holds (closing, restating, entering), so an
-- entry can never slip into a month between the moment its ledger read the entries and the moment it was stored.
create or replace function carbon_lock_site(site_code text) returns void language sql as $$
    select pg_advisory_xact_lock(hashtext('wardwatt-carbon-ledger'), hashtext(site_code));
$$;

-- A file cited by entries (a bill, a delivery note, a service log), stored once per content.
create table carbon_evidence (
    sha256     text        primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes bigint      not null check (size_bytes > 0),
    content    bytea       not null,
    stored_at  timestamptz not null default clock_timestamp(),
    check (octet_length(content) = size_bytes and encode(sha256(content), 'hex') = sha256)
);

-- One version of a site's closed month. Version 1 is the close; a restatement (newer factors) is version n + 1 and
-- holds the difference to the version it restates. The ledger and activities are kept as the exact texts that were
-- hashed (ledger_text, activities_text) and, for queries, as jsonb generated from them.
create table carbon_ledger (
    id                bigint      generated always as identity primary key,
    site              text        not null references site (code),
    month             text        not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    version           integer     not null check (version >= 1),
    factor_set_id     text        not null,
    factor_set_sha256 text        not null check (factor_set_sha256 ~ '^[0-9a-f]{64}$'),
    policy            text        not null,
    as_of             date        not null,                 -- the calculation day: factors published by then
    ledger_text       text        not null,                 -- LedgerJson, as hashed
    ledger            jsonb       generated always as (ledger_text::jsonb) stored,
    activities_text   text        not null,                 -- what went in, each with its origin, as hashed
    activities        jsonb       generated always as (activities_text::jsonb) stored,
    -- The chain: the latest version of the month before when this version was written (null: the first month of the
    -- site's chain), and that version's content hash, which this version's own hash covers.
    previous_id       bigint      references carbon_ledger (id),
    previous_hash     text,
    restates_id       bigint      references carbon_ledger (id),
    difference_text   text,                                 -- a restatement's difference per view, as hashed
    difference        jsonb       generated always as (difference_text::jsonb) stored,
    closed_at         timestamptz not null,
    closed_by         text        not null,
    content_hash      text        not null unique check (content_hash ~ '^[0-9a-f]{64}$'),
    unique (site, month, version),
    check ((previous_id is null) = (previous_hash is null)),
    check ((version = 1) = (restates_id is null)),
    check ((restates_id is null) = (difference_text is null))
);

-- A person's entry of a month's activity, or a correction of a closed month booked in an open one.
create table carbon_activity_entry (
    id                  bigint      generated always as identity primary key,
    site                text        not null references site (code),
    month               text        not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),  -- booked in
    carrier             text        not null,                 -- electricity, diesel, refrigerant:R-134a, ...
    quantity            numeric     not null check (quantity >= 0),  -- as entered; a correction's corrected quantity
    unit                text        not null,
    source              text        not null check (source in ('manual', 'estimated')),
    -- What the month's ledger counts: the quantity, or for a correction the corrected quantity less what was booked
    -- for the original before (may be negative).
    booked_quantity     numeric     not null,
    adjusts_entry_id    bigint      references carbon_activity_entry (id),
    adjusts_month       text        check (adjusts_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),   -- a closed month's metered carrier
    reference           text,                                 -- the source document: invoice, delivery note, log number
    note                text,
    evidence_sha256     text        references carbon_evidence (sha256),
    evidence_file_name  text,
    evidence_media_type text,
    evidence_size_bytes bigint,
    -- The same entry sent again (same fields, same evidence) is found, not stored twice.
    fingerprint         text        not null,
    entered_by          text        not null,
    entered_at          timestamptz not null default clock_timestamp(),
    unique (site, month, fingerprint),
    check ((evidence_sha256 is null) = (evidence_file_name is null) and (evidence_sha256 is null) = (evidence_media_type is null)
        and (evidence_sha256 is null) = (evidence_size_bytes is null)),
    check (source <> 'manual' or evidence_sha256 is not null or reference is not null),
    check (source <> 'estimated' or note is not null),
    check (adjusts_entry_id is null or adjusts_month is null),
    check (adjusts_month is null or adjusts_month < month),
    check (adjusts_entry_id is not null or adjusts_month is not null or booked_quantity = quantity),
    check (adjusts_entry_id is null and adjusts_month is null or note is not null)
);
create index carbon_activity_entry_month_idx on carbon_activity_entry (site, month, id);
create index carbon_activity_entry_adjusts_idx on carbon_activity_entry (adjusts_entry_id) where adjusts_entry_id is not null;

-- Nothing is changed or removed.
create or replace function carbon_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed or removed (%): a closed month is corrected by an entry in an open month, and'
        ' restated as a new version', tg_table_name, tg_op;
end $$;
create trigger carbon_evidence_append_only before update or delete on carbon_evidence
    for each row execute function carbon_is_append_only();
create trigger carbon_evidence_no_truncate before truncate on carbon_evidence
    for each statement execute function carbon_is_append_only();
create trigger carbon_activity_entry_append_only before update or delete on carbon_activity_entry
    for each row execute function carbon_is_append_only();
create trigger carbon_activity_entry_no_truncate before truncate on carbon_activity_entry
    for each statement execute function carbon_is_append_only();
create trigger carbon_ledger_immutable before update or delete on carbon_ledger
    for each row execute function carbon_is_append_only();
create trigger carbon_ledger_no_truncate before truncate on carbon_ledger
    for each statement execute function carbon_is_append_only();

-- An entry for a closed month is refused: corrections go to an open month and refer to the original. The service
-- checks first and answers 409; this is the guard of last resort (SQLSTATE WL409, also answered 409).
create or replace function carbon_activity_entry_guard() returns trigger language plpgsql as $$
declare
    original carbon_activity_entry;
begin
    perform carbon_lock_site(new.site);
    if exists (select 1 from carbon_ledger where site = new.site and month = new.month) then
        raise exception 'the carbon ledger of % % is closed: enter a correction in an open month that refers to the original'
            ' (adjustsEntryId or adjustsMonth)', new.site, new.month using errcode = 'WL409';
    end if;
    if new.adjusts_entry_id is not null then
        select * into original from carbon_activity_entry where id = new.adjusts_entry_id;
        if original.site <> new.site or original.carrier <> new.carrier or original.unit <> new.unit or original.month > new.month
                or original.adjusts_entry_id is not null or original.adjusts_month is not null then
            raise exception 'entry % cannot be corrected by this entry: a correction is of the same site, carrier and unit,'
                ' booked in the same or a later month, and refers to an original entry, not to another correction',
                new.adjusts_entry_id using errcode = 'WL409';
        end if;
    end if;
    if new.adjusts_month is not null
            and not exists (select 1 from carbon_ledger where site = new.site and month = new.adjusts_month) then
        raise exception 'the carbon ledger of % % is not closed: its metered quantities are still read from the meters',
            new.site, new.adjusts_month using errcode = 'WL409';
    end if;
    return new;
end $$;
create trigger carbon_activity_entry_open_month before insert on carbon_activity_entry
    for each row execute function carbon_activity_entry_guard();

-- A ledger chains to an earlier month of its own site, by that month's hash; versions follow one another.
create or replace function carbon_ledger_chain_guard() returns trigger language plpgsql as $$
declare
    previous carbon_ledger;
begin
    perform carbon_lock_site(new.site);
    if new.previous_id is not null then
        select * into previous from carbon_ledger where id = new.previous_id;
        if previous.site <> new.site or previous.month >= new.month or previous.content_hash <> new.previous_hash then
            raise exception 'carbon_ledger % % v%: the previous ledger % is not an earlier month of the site with that hash',
                new.site, new.month, new.version, new.previous_id using errcode = 'WL409';
        end if;
    end if;
    if new.version > 1 and not exists (select 1 from carbon_ledger where id = new.restates_id and site = new.site
            and month = new.month and version = new.version - 1) then
        raise exception 'carbon_ledger % % v% must restate version %', new.site, new.month, new.version, new.version - 1
            using errcode = 'WL409';
    end if;
    return new;
end $$;
create trigger carbon_ledger_chain before insert on carbon_ledger
    for each row execute function carbon_ledger_chain_guard();
