-- QI projects (issue 12 item 5, as in Life QI): a project a QI coach supports, its sponsor and team, aim, driver
-- diagram, measures with their data points (shown as a run chart), PDSA cycles and the monthly progress updates to the
-- sponsor. People are people of the directory, coaches are entries of the coach register; links to safety improvement
-- plans and safety actions are their ids only. Nothing here is about patients or incidents.
create table qi_project (
    id                 uuid primary key,
    version            bigint not null,
    title              varchar(200) not null,
    aim                varchar(2000) not null,
    sponsor_person_id  uuid not null references person (id),
    started_on         date not null,
    status             varchar(20) not null check (status in ('open', 'closed')),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    updated_by_sub     varchar(100) not null,
    updated_by_name    varchar(200)
);
create index qi_project_sponsor_idx on qi_project (sponsor_person_id);

create table qi_project_team_member (
    project_id  uuid not null references qi_project (id),
    person_id   uuid not null references person (id),
    primary key (project_id, person_id)
);
create index qi_project_team_member_person_idx on qi_project_team_member (person_id);

create table qi_project_coach (
    project_id  uuid not null references qi_project (id),
    coach_id    uuid not null references qi_coach (id),
    primary key (project_id, coach_id)
);
create index qi_project_coach_coach_idx on qi_project_coach (coach_id);

-- The driver diagram in reading order: depth 0 a primary driver, 1 a secondary driver under the primary above it,
-- 2 a change idea under the secondary above it.
create table qi_project_driver (
    project_id  uuid not null references qi_project (id),
    position    integer not null,
    depth       integer not null check (depth between 0 and 2),
    text        varchar(500) not null,
    primary key (project_id, position)
);

-- Improvement work delivering a safety action or a safety improvement plan (ids of those features, no copy of them).
create table qi_project_link (
    project_id  uuid not null references qi_project (id),
    kind        varchar(30) not null check (kind in ('safety-action', 'improvement-plan')),
    target_id   uuid not null,
    primary key (project_id, kind, target_id)
);

create table qi_measure (
    id              uuid primary key,
    version         bigint not null,
    project_id      uuid not null references qi_project (id),
    kind            varchar(20) not null check (kind in ('outcome', 'process', 'balancing')),
    name            varchar(200) not null,
    definition      varchar(1000) not null,
    unit            varchar(50) not null,
    direction       varchar(10) not null check (direction in ('increase', 'decrease')),
    baseline_points integer check (baseline_points is null or baseline_points >= 1),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    updated_by_sub  varchar(100) not null,
    updated_by_name varchar(200)
);
create index qi_measure_project_idx on qi_measure (project_id);

create table qi_data_point (
    id                uuid primary key,
    measure_id        uuid not null references qi_measure (id),
    on_date           date not null,
    value             numeric(14, 4) not null,
    note              varchar(500),
    astronomical      boolean not null default false,
    recorded_by_sub   varchar(100) not null,
    recorded_by_name  varchar(200),
    recorded_at       timestamptz not null,
    unique (measure_id, on_date)
);

create table qi_pdsa_cycle (
    id                uuid primary key,
    project_id        uuid not null references qi_project (id),
    title             varchar(200) not null,
    plan              varchar(2000) not null,
    do_text           varchar(2000),
    study             varchar(2000),
    act               varchar(2000),
    learnt            varchar(2000),
    started_on        date not null,
    ended_on          date,
    measure_id        uuid references qi_measure (id),
    pinned_on         date,
    recorded_by_sub   varchar(100) not null,
    recorded_by_name  varchar(200),
    recorded_at       timestamptz not null,
    check (ended_on is null or ended_on >= started_on),
    check (pinned_on is null or measure_id is not null)
);
create index qi_pdsa_cycle_project_idx on qi_pdsa_cycle (project_id);

-- Monthly progress updates to the sponsor: a log, never edited.
create table qi_project_update (
    id                uuid primary key,
    project_id        uuid not null references qi_project (id),
    posted_on         date not null,
    progress          varchar(2000) not null,
    next_steps        varchar(2000),
    help_needed       varchar(1000),
    posted_by_sub     varchar(100) not null,
    posted_by_name    varchar(200),
    posted_at         timestamptz not null
);
create index qi_project_update_project_idx on qi_project_update (project_id, posted_on);
