-- The work of a learning response (policy §12.3-§13, Appendix 3): terms of reference agreed with those affected,
-- the chronology, first-hand accounts, contributory factors in SEIPS work-system terms, findings and areas for
-- improvement, the draft shared with those affected, the final report, the overseer's sign-off and closure.
create table response_investigation (
    response_id             uuid primary key references learning_response (id),
    version                 bigint not null,
    terms_of_reference      varchar(10000),
    report_summary          varchar(10000),
    draft_not_shared_reason varchar(2000),
    overseer_person_id      uuid references person (id),
    overseer_name           varchar(200),
    signed_off_on           date,
    sign_off_comment        varchar(2000),
    signed_off_by_sub       varchar(100),
    updated_by_sub          varchar(100) not null,
    updated_by_name         varchar(200),
    updated_at              timestamptz not null,
    check ((overseer_person_id is null) = (signed_off_on is null))
);

create table investigation_affected_input (
    response_id uuid not null references response_investigation (response_id) on delete cascade,
    position    integer not null,
    who         varchar(200) not null,
    declined    boolean not null,
    summary     varchar(4000),
    primary key (response_id, position),
    check (declined or summary is not null)
);

create table investigation_chronology_entry (
    response_id uuid not null references response_investigation (response_id) on delete cascade,
    position    integer not null,
    entry_id    uuid not null,
    occurred_at timestamptz not null,
    what        varchar(4000) not null,
    source      varchar(500) not null,
    primary key (response_id, position),
    unique (response_id, entry_id)
);

create table investigation_account (
    response_id uuid not null references response_investigation (response_id) on delete cascade,
    position    integer not null,
    role        varchar(200) not null,
    name        varchar(200),
    taken_on    date not null,
    account     varchar(10000) not null,
    primary key (response_id, position)
);

create table investigation_factor (
    response_id         uuid not null references response_investigation (response_id) on delete cascade,
    position            integer not null,
    category            varchar(30) not null check (category in ('person', 'tasks', 'tools-and-technology',
                            'organisation', 'internal-environment', 'external-environment')),
    description         varchar(4000) not null,
    chronology_entry_id uuid,
    primary key (response_id, position)
);

create table investigation_finding (
    response_id uuid not null references response_investigation (response_id) on delete cascade,
    position    integer not null,
    text        varchar(4000) not null,
    primary key (response_id, position)
);

create table investigation_improvement (
    response_id uuid not null references response_investigation (response_id) on delete cascade,
    position    integer not null,
    text        varchar(4000) not null,
    primary key (response_id, position)
);

create table investigation_draft_sharing (
    response_id  uuid not null references response_investigation (response_id) on delete cascade,
    position     integer not null,
    name         varchar(200) not null,
    relationship varchar(20) not null check (relationship in ('patient', 'family', 'carer', 'staff')),
    shared_on    date not null,
    comments     varchar(4000),
    primary key (response_id, position)
);

-- Closure. The status list also names 'paused' (added by the pause feature) so the order the two migrations run in
-- does not matter.
alter table learning_response drop constraint learning_response_status_check;
alter table learning_response add constraint learning_response_status_check
    check (status in ('awaiting-verification', 'in-progress', 'paused', 'closed'));
alter table learning_response add column closed_at timestamptz;
alter table learning_response add constraint learning_response_closed_check
    check ((status = 'closed') = (closed_at is not null));
-- A verified PSII stays verified once paused or closed (the V3_02 check named only 'in-progress'; Postgres named it
-- learning_response_check1, the second unnamed table check).
alter table learning_response drop constraint if exists learning_response_check1;
alter table learning_response add constraint learning_response_psii_verified_check
    check (response_type <> 'psii' or (status in ('in-progress', 'paused', 'closed')) = (verified_at is not null));
