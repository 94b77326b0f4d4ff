-- Coaching contracts and coaching records (004_*): a coach (or coaches) of the register and the person or team they
-- coach, the aims ticked, the ground rules accepted by both sides, the review after four sessions and the QI course's
-- requirements; each record a session held (in person or by e-mail) or cancelled. Coaching is about improvement
-- work: nothing here is about patients or incidents.
create table coaching_contract (
    id                       uuid primary key,
    version                  bigint not null,
    status                   varchar(10) not null check (status in ('draft', 'agreed', 'active', 'review', 'ended')),
    coachee_kind             varchar(10) not null check (coachee_kind in ('individual', 'team')),
    coachee_person_id        uuid not null references person (id),
    team_name                varchar(200),
    aims                     varchar(500) not null,
    frequency                varchar(100) not null,
    session_minutes          integer not null check (session_minutes between 15 and 480),
    venue                    varchar(200),
    coach_accepted_at        timestamptz,
    coach_accepted_by_sub    varchar(100),
    coach_accepted_by_name   varchar(200),
    coachee_accepted_at      timestamptz,
    coachee_accepted_by_sub  varchar(100),
    coachee_accepted_by_name varchar(200),
    last_review_on           date,
    review_notes             varchar(2000),
    ended_on                 date,
    on_qi_course             boolean not null,
    course_training_days     integer not null default 0 check (course_training_days between 0 and 4),
    course_poster            boolean not null default false,
    course_presentation      boolean not null default false,
    course_completed_on      date,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    updated_by_sub           varchar(100) not null,
    updated_by_name          varchar(200),
    check (coachee_kind = 'individual' or team_name is not null)
);

create table coaching_contract_coach (
    contract_id uuid not null references coaching_contract (id),
    coach_id    uuid not null references qi_coach (id),
    primary key (contract_id, coach_id)
);
create index coaching_contract_coach_by_coach on coaching_contract_coach (coach_id);
create index coaching_contract_by_coachee on coaching_contract (coachee_person_id);

create table coaching_record (
    id                     uuid primary key,
    version                bigint not null,
    contract_id            uuid not null references coaching_contract (id),
    held_on                date not null,
    mode                   varchar(10) not null check (mode in ('in-person', 'email')),
    cancelled              boolean not null,
    starts_at              time,
    finishes_at            time,
    minutes                integer not null check (minutes >= 0),
    topic                  varchar(1000),
    issues_arising         varchar(4000),
    next_meeting_on        date,
    cancelled_by           varchar(10) check (cancelled_by in ('coach', 'coachee')),
    rescheduled_to         date,
    rescheduled_by         varchar(10) check (rescheduled_by in ('coach', 'coachee')),
    shared_with_safety_team boolean not null default false,
    shared_at              timestamptz,
    shared_by_name         varchar(200),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    updated_by_sub         varchar(100) not null,
    updated_by_name        varchar(200),
    check (not cancelled or minutes = 0),
    check (finishes_at is null or starts_at is null or finishes_at > starts_at)
);
create index coaching_record_by_contract on coaching_record (contract_id, held_on);

create table coaching_record_action (
    record_id uuid not null references coaching_record (id),
    position  integer not null,
    action    varchar(1000) not null,
    owner     varchar(200) not null,
    primary key (record_id, position)
);
