-- The NHS England Being Fair decision-making tool (policy §14), used jointly by a member of the patient safety team
-- and of the workforce team for one member of staff of a learning response. Identifiable and restricted: seen only
-- by the two people who used the tool together and the Chief Nurse.
create table being_fair (
    id                uuid primary key,
    version           bigint not null,
    response_id       uuid not null references learning_response (id),
    staff_name        varchar(200) not null,
    staff_job_role    varchar(200) not null,
    opener_sub        varchar(100) not null,
    opener_name       varchar(200),
    opener_role       varchar(40) not null,
    opened_at         timestamptz not null,
    -- the joint user named when the tool was opened; sub, name and time once they joined with their own sign-in
    joint_person_id   uuid not null references person (id),
    joint_role        varchar(40) not null,
    joint_sub         varchar(100),
    joint_name        varchar(200),
    joined_at         timestamptz,
    updated_at        timestamptz not null
);
create index being_fair_response_idx on being_fair (response_id);
create index being_fair_opener_idx on being_fair (opener_sub);
create index being_fair_joint_person_idx on being_fair (joint_person_id);

-- Each use of the tool; revisiting it as the response learns more starts a new one, earlier ones are kept read-only.
create table being_fair_round (
    id                      uuid primary key,
    being_fair_id           uuid not null references being_fair (id),
    number                  integer not null,
    started_by_sub          varchar(100) not null,
    started_by_name         varchar(200),
    started_at              timestamptz not null,
    who_is_hurt             varchar(4000),
    what_they_need          varchar(4000),
    whose_responsibility    varchar(4000),
    considered_by_sub       varchar(100),
    considered_at           timestamptz,
    outcome                 varchar(60),
    ended_at                timestamptz,
    unique (being_fair_id, number)
);

create table being_fair_answer (
    round_id           uuid not null references being_fair_round (id),
    position           integer not null,
    question           varchar(40) not null,
    answer             varchar(10) not null,
    answered_by_sub    varchar(100) not null,
    answered_by_name   varchar(200),
    answered_at        timestamptz not null,
    primary key (round_id, position)
);
