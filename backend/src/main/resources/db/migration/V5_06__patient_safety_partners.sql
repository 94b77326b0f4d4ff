-- The register of patient safety partners (policy §3.7): each partner is supported by a named individual in the
-- trust, has regular supervision, and is involved in some of the areas the policy lists. The partner and the
-- people supporting them are people of the directory; nothing here is about patients.
create table patient_safety_partner (
    id                   uuid primary key,
    version              bigint not null,
    person_id            uuid not null unique references person (id),
    supporter_person_id  uuid not null references person (id),
    started_on           date not null,
    ended_on             date,
    -- comma-separated involvement area codes (safety-quality-committees, ..., investigation-oversight-groups)
    areas                varchar(300) not null default '',
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    updated_by_sub       varchar(100) not null,
    updated_by_name      varchar(200),
    check (ended_on is null or ended_on >= started_on),
    check (person_id <> supporter_person_id)
);
create index patient_safety_partner_supporter_idx on patient_safety_partner (supporter_person_id);

-- Supervision sessions are a log: recorded, never edited.
create table psp_supervision_session (
    id                uuid primary key,
    partner_id        uuid not null references patient_safety_partner (id),
    held_on           date not null,
    with_person_id    uuid not null references person (id),
    notes             varchar(1000),
    next_session_on   date,
    recorded_by_sub   varchar(100) not null,
    recorded_by_name  varchar(200),
    recorded_at       timestamptz not null,
    check (next_session_on is null or next_session_on > held_on)
);
create index psp_supervision_session_partner_idx on psp_supervision_session (partner_id, held_on);
