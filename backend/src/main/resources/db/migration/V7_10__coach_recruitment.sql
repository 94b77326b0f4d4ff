-- Recruiting a QI coach with lived experience (000_* §4 and Appendix 1): one candidate per expression of interest,
-- then the steps of the pathway, strictly in order, each signed once with who recorded it and when. The candidate's
-- name and contact details are personal data (every read and change is audited by the service). Nothing here is
-- about patients or incidents: the lived experience is in the candidate's own words about themselves.
create table coach_candidate (
    id                   uuid primary key,
    version              bigint not null,
    name                 varchar(200) not null,
    email                varchar(254),
    phone                varchar(40),
    directorate_id       bigint not null references directorate (id),
    heard_from           varchar(500) not null,
    lived_experience     varchar(2000) not null,
    expressed_on         date not null,
    person_id            uuid references person (id),
    coach_id             uuid,
    withdrawn_on         date,
    withdrawal_reason    varchar(1000),
    withdrawn_by_sub     varchar(100),
    withdrawn_by_name    varchar(200),
    withdrawn_at         timestamptz,
    created_at           timestamptz not null,
    created_by_sub       varchar(100) not null,
    created_by_name      varchar(200),
    updated_at           timestamptz not null,
    updated_by_sub       varchar(100) not null,
    updated_by_name      varchar(200),
    check (email is not null or phone is not null),
    check ((withdrawn_on is null) = (withdrawal_reason is null))
);

-- One row per step signed off; a step is signed once per candidate.
create table coach_recruitment_step (
    id                          uuid primary key,
    candidate_id                uuid not null references coach_candidate (id),
    step                        varchar(40) not null check (step in ('job-description-given',
                                    'clinical-director-sign-off', 'people-participation-sign-off', 'programme-place',
                                    'bank-appointment', 'induction')),
    done_on                     date not null,
    signed_by                   varchar(200),
    cohort                      varchar(200),
    starts_on                   date,
    person_id                   uuid references person (id),
    technology_support          boolean,
    identification              boolean,
    line_manager_person_id      uuid references person (id),
    line_manager_allocated_by   varchar(30) check (line_manager_allocated_by in ('clinical-director', 'sponsor')),
    recorded_by_sub             varchar(100) not null,
    recorded_by_name            varchar(200),
    recorded_at                 timestamptz not null,
    unique (candidate_id, step)
);
create index coach_recruitment_step_candidate on coach_recruitment_step (candidate_id);
