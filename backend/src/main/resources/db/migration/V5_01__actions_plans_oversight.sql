-- Safety actions and safety improvement plans (policy §15, §16), and the oversight groups that monitor them and
-- the learning responses (§3.7, §18, §19). Each feature adds its own columns and tables in later V5_* files;
-- these are the tables the features share.

-- Committees and oversight groups (e.g. the Quality Improvement & Safety Committee). Members come from the people
-- directory; patient safety partners among them see the group's work de-identified.
create table oversight_group (
    id          uuid primary key,
    version     bigint not null,
    name        varchar(200) not null,
    purpose     varchar(2000),
    active      boolean not null default true,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create unique index oversight_group_name_idx on oversight_group (lower(name));

create table oversight_group_member (
    group_id    uuid not null references oversight_group (id),
    person_id   uuid not null references person (id),
    group_role  varchar(200),
    added_at    timestamptz not null,
    primary key (group_id, person_id)
);
create index oversight_group_member_person_idx on oversight_group_member (person_id);

-- A learning response is overseen by at most one group.
alter table learning_response add column oversight_group_id uuid references oversight_group (id);
create index learning_response_oversight_group_idx on learning_response (oversight_group_id)
    where oversight_group_id is not null;

create sequence improvement_plan_reference_seq start with 1 increment by 1;

-- A safety improvement plan: organisation-wide, for a service, pathway or location, or for a theme (§16.1).
create table improvement_plan (
    id                  uuid primary key,
    reference           varchar(20) not null unique,
    version             bigint not null,
    title               varchar(200) not null,
    scope               varchar(20) not null check (scope in ('organisation', 'service', 'pathway', 'location', 'theme')),
    -- the service, pathway, location or theme the plan is for; null for an organisation-wide plan
    scope_detail        varchar(200),
    location_id         bigint references location (id),
    summary             varchar(4000),
    qi_project_link     varchar(500),
    owner_person_id     uuid not null references person (id),
    review_on           date not null,
    status              varchar(20) not null check (status in ('open', 'closed')),
    closed_at           timestamptz,
    closure_note        varchar(2000),
    oversight_group_id  uuid references oversight_group (id),
    created_at          timestamptz not null,
    updated_by_sub      varchar(100) not null,
    updated_by_name     varchar(200),
    updated_at          timestamptz not null,
    check (scope = 'organisation' or scope_detail is not null),
    check ((status = 'closed') = (closed_at is not null))
);
create index improvement_plan_status_idx on improvement_plan (status, review_on);
create index improvement_plan_group_idx on improvement_plan (oversight_group_id) where oversight_group_id is not null;

-- The learning responses whose findings a plan brings together.
create table improvement_plan_response (
    plan_id     uuid not null references improvement_plan (id),
    response_id uuid not null references learning_response (id),
    added_at    timestamptz not null,
    primary key (plan_id, response_id)
);
create index improvement_plan_response_response_idx on improvement_plan_response (response_id);

create sequence safety_action_reference_seq start with 1 increment by 1;

-- A safety action (§15): from a learning response, a theme or a plan; gathered into at most one plan.
create table safety_action (
    id                 uuid primary key,
    reference          varchar(20) not null unique,
    version            bigint not null,
    title              varchar(200) not null,
    description        varchar(4000),
    source             varchar(20) not null check (source in ('response', 'theme', 'plan')),
    response_id        uuid references learning_response (id),
    theme              varchar(200),
    plan_id            uuid references improvement_plan (id),
    owner_person_id    uuid references person (id),
    due_on             date,
    status             varchar(20) not null check (status in ('proposed', 'agreed', 'in-progress', 'completed', 'cancelled')),
    agreed_at          timestamptz,
    agreed_by_sub      varchar(100),
    agreed_by_name     varchar(200),
    next_review_on     date,
    -- the latest effectiveness review's outcome, kept here so that lists can filter on it
    effectiveness      varchar(20) check (effectiveness in ('effective', 'partly-effective', 'not-effective')),
    created_at         timestamptz not null,
    updated_by_sub     varchar(100) not null,
    updated_by_name    varchar(200),
    updated_at         timestamptz not null,
    check (source <> 'response' or response_id is not null),
    check (source <> 'theme' or theme is not null),
    check (source <> 'plan' or plan_id is not null),
    -- an agreed action has an owner and a due date (the measures are checked by the service)
    check (status in ('proposed', 'cancelled') or (owner_person_id is not null and due_on is not null and agreed_at is not null))
);
create index safety_action_owner_idx on safety_action (owner_person_id, due_on);
create index safety_action_response_idx on safety_action (response_id) where response_id is not null;
create index safety_action_plan_idx on safety_action (plan_id) where plan_id is not null;
create index safety_action_status_idx on safety_action (status, due_on);

-- How we will know the action works: one or more measures.
create table safety_action_measure (
    action_id   uuid not null references safety_action (id) on delete cascade,
    position    integer not null,
    description varchar(1000) not null,
    primary key (action_id, position)
);

create table safety_action_progress (
    id          uuid primary key,
    action_id   uuid not null references safety_action (id),
    at          timestamptz not null,
    by_sub      varchar(100) not null,
    by_name     varchar(200),
    note        varchar(4000) not null,
    status      varchar(20) not null check (status in ('proposed', 'agreed', 'in-progress', 'completed', 'cancelled'))
);
create index safety_action_progress_action_idx on safety_action_progress (action_id, at);

-- Effectiveness reviews, periodic (typically annual) or after substantial change (§15.1).
create table safety_action_review (
    id             uuid primary key,
    action_id      uuid not null references safety_action (id),
    reviewed_on    date not null,
    outcome        varchar(20) not null check (outcome in ('effective', 'partly-effective', 'not-effective')),
    evidence       varchar(4000) not null,
    next_review_on date,
    by_sub         varchar(100) not null,
    by_name        varchar(200),
    at             timestamptz not null
);
create index safety_action_review_action_idx on safety_action_review (action_id, reviewed_on);
