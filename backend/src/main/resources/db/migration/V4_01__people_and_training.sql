-- The people who run learning responses, and their patient safety training (policy §4): who may lead a response,
-- lead engagement with those affected, or sign off as overseer. People sign in through Keycloak; the link to
-- their account is their (verified) e-mail address.
create table person (
    id         uuid primary key,
    version    bigint not null,
    name       varchar(200) not null,
    email      varchar(254) not null,
    job_role   varchar(200),
    active     boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create unique index person_email_idx on person (lower(email));

create table training_record (
    person_id                     uuid primary key references person (id),
    version                       bigint not null,
    level1_completed_on           date,
    level2_completed_on           date,
    learning_from_incidents_days  numeric(5, 1) not null default 0 check (learning_from_incidents_days >= 0),
    engagement_training_hours     numeric(6, 1) not null default 0 check (engagement_training_hours >= 0),
    oversight_training_days       numeric(5, 1) not null default 0 check (oversight_training_days >= 0),
    updated_at                    timestamptz not null
);

create table cpd_entry (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    completed_on date not null,
    title        varchar(200) not null,
    hours        numeric(6, 1) not null check (hours > 0),
    created_at   timestamptz not null
);
create index cpd_entry_person_idx on cpd_entry (person_id, completed_on desc);

-- Who leads and who works on each learning response; counted per year for the training rules (§4).
alter table learning_response
    add column lead_person_id            uuid references person (id),
    add column engagement_lead_person_id uuid references person (id);
create index learning_response_lead_idx on learning_response (lead_person_id) where lead_person_id is not null;

create table learning_response_team_member (
    response_id uuid not null references learning_response (id),
    person_id   uuid not null references person (id),
    team_role   varchar(200),
    added_at    timestamptz not null,
    primary key (response_id, person_id)
);
create index learning_response_team_person_idx on learning_response_team_member (person_id);
