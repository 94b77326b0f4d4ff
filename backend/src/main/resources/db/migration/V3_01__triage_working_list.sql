-- Triage as a working list (policy §12.3): cases grouping events, duplicates, documents to review,
-- the outcome and learning told to the reporter, and the reporter's in-app notifications.
create sequence case_reference_seq start with 1 increment by 1;

create table triage_case (
    id              uuid primary key,
    reference       varchar(20) not null unique,
    version         bigint not null,
    title           varchar(200) not null,
    theme           varchar(1000),
    decided         boolean not null default false,
    created_by_sub  varchar(100) not null,
    created_by_name varchar(200),
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index triage_case_created_idx on triage_case (created_at desc, id desc);

alter table patient_safety_event
    add column case_id               uuid references triage_case (id),
    add column duplicate_of_id       uuid references patient_safety_event (id),
    add column outcome_response_type varchar(40),
    add column decided_at            timestamptz,
    add column learning              varchar(4000),
    add column learning_shared_at    timestamptz;
create index event_case_idx on patient_safety_event (case_id) where case_id is not null;

create table event_document (
    id            uuid primary key,
    event_id      uuid not null references patient_safety_event (id),
    kind          varchar(30) not null check (kind in ('chronology', 'first-hand-account', 'report', 'other')),
    title         varchar(200) not null,
    text_content  text,
    file_name     varchar(200),
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    file_content  bytea,
    added_by_sub  varchar(100) not null,
    added_by_name varchar(200),
    added_at      timestamptz not null,
    check ((text_content is null) <> (file_content is null))
);
create index event_document_event_idx on event_document (event_id, added_at);

-- Addressed by reporter_key (the HMAC of the reporter's sub), so anonymous reporters are told too.
create table reporter_notification (
    id              bigserial primary key,
    recipient_key   varchar(64) not null,
    event_id        uuid not null references patient_safety_event (id),
    event_reference varchar(20) not null,
    message         varchar(500) not null,
    created_at      timestamptz not null,
    read_at         timestamptz
);
create index reporter_notification_recipient_idx on reporter_notification (recipient_key, created_at desc);
