-- Engagement and involvement of those affected by a learning response (policy §6, Appendices 3 and 4/5) and the
-- support of the staff involved (§8, Appendix 2). Both hold free text that may name people: identifiable.
create table person_affected (
    id                       uuid primary key,
    version                  bigint not null,
    response_id              uuid not null references learning_response (id),
    kind                     varchar(20) not null,
    name                     varchar(200) not null,
    named_contact_person_id  uuid references person (id),
    named_contact_name       varchar(200),
    preferred_contact_method varchar(200),
    access_and_support_needs varchar(4000),
    -- comma-separated involvement codes (terms-of-reference, ..., declined); a short fixed list
    involvement              varchar(200) not null default '',
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    updated_by_sub           varchar(100) not null
);
create index person_affected_response_idx on person_affected (response_id);

create table engagement_contact (
    id                 uuid primary key,
    person_affected_id uuid not null references person_affected (id),
    contacted_on       date not null,
    method             varchar(200) not null,
    stage              varchar(20) not null,
    notes              varchar(4000),
    next_contact_on    date,
    recorded_by_sub    varchar(100) not null,
    recorded_by_name   varchar(200),
    recorded_at        timestamptz not null
);
create index engagement_contact_person_idx on engagement_contact (person_affected_id, contacted_on);

create table engagement_contact_item (
    contact_id uuid not null references engagement_contact (id),
    position   integer not null,
    item_code  varchar(60) not null,
    done       boolean not null,
    note       varchar(1000),
    primary key (contact_id, position)
);

create table staff_support (
    id                      uuid primary key,
    version                 bigint not null,
    response_id             uuid not null references learning_response (id),
    staff_name              varchar(200) not null,
    staff_role              varchar(200),
    line_manager_person_id  uuid references person (id),
    line_manager_name       varchar(200),
    reviewer_person_id      uuid references person (id),
    reviewer_name           varchar(200),
    signposting             varchar(4000),
    hr_contacted            boolean not null default false,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    updated_by_sub          varchar(100) not null
);
create index staff_support_response_idx on staff_support (response_id);
create index staff_support_line_manager_idx on staff_support (line_manager_person_id);
create index staff_support_reviewer_idx on staff_support (reviewer_person_id);

create table staff_support_step (
    support_id uuid not null references staff_support (id),
    position   integer not null,
    step_code  varchar(60) not null,
    done_on    date,
    note       varchar(1000),
    primary key (support_id, position)
);
