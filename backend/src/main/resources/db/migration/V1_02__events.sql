create sequence event_reference_seq start with 1 increment by 1;

create table patient_safety_event (
    id                    uuid primary key,
    reference             varchar(20) not null unique,
    version               bigint not null,
    status                varchar(20) not null check (status in ('submitted', 'in-triage', 'decided', 'closed')),
    -- reporter_sub/name stay null for anonymous reports; reporter_key (HMAC of sub) lets them find their own
    reporter_sub          varchar(100),
    reporter_name         varchar(200),
    reporter_key          varchar(64) not null,
    anonymous             boolean not null,
    event_type            varchar(20) not null check (event_type in ('incident', 'near-miss', 'no-harm-incident', 'good-care')),
    occurred_at           timestamptz not null,
    reported_at           timestamptz not null,
    location_id           bigint not null references location (id),
    category_id           bigint not null references event_category (id),
    physical_harm         integer not null check (physical_harm between 1 and 5),
    psychological_harm    integer not null check (psychological_harm between 1 and 4),
    what_happened         varchar(4000) not null,
    immediate_actions     varchar(2000),
    patient_involved      boolean not null,
    patient_name          varchar(200),
    patient_nhs_number    varchar(10),
    patient_date_of_birth date,
    patient_address       varchar(500),
    patient_age_bracket   integer,
    patient_gender        integer,
    patient_ethnicity     integer,
    check (anonymous = false or (reporter_sub is null and reporter_name is null))
);

-- The triage queue: every filter combined with "newest first" and paging, at 1M rows
create index event_reported_idx on patient_safety_event (reported_at desc, id desc);
create index event_status_reported_idx on patient_safety_event (status, reported_at desc, id desc);
create index event_harm_reported_idx on patient_safety_event (physical_harm, reported_at desc, id desc);
create index event_category_reported_idx on patient_safety_event (category_id, reported_at desc, id desc);
create index event_occurred_idx on patient_safety_event (occurred_at);
create index event_status_harm_reported_idx on patient_safety_event (status, physical_harm, reported_at desc);
-- "My reports"
create index event_reporter_key_idx on patient_safety_event (reporter_key, reported_at desc);
create index event_location_idx on patient_safety_event (location_id);

create table event_staff_involved (
    id         bigserial primary key,
    event_id   uuid not null references patient_safety_event (id) on delete cascade,
    position   integer not null,
    name       varchar(200),
    role       varchar(100) not null,
    staff_type integer,
    unique (event_id, position)
);

create table event_status_change (
    id       bigserial primary key,
    event_id uuid not null references patient_safety_event (id) on delete cascade,
    at       timestamptz not null,
    status   varchar(20) not null check (status in ('submitted', 'in-triage', 'decided', 'closed')),
    by_sub   varchar(100),
    by_name  varchar(200),
    note     varchar(2000)
);
create index event_status_change_event_idx on event_status_change (event_id, at);
