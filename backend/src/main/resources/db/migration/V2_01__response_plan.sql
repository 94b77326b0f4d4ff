-- Patient safety incident response plan (PSIRP, policy §9-§11): versioned, each version with its
-- Equality Impact Assessment (RAPID tool, policy appendix 1). No demo data here.
create sequence response_plan_number_seq start with 1 increment by 1;

create table response_plan_version (
    id                            uuid primary key,
    number                        integer not null unique,
    version                       bigint not null,
    status                        varchar(20) not null check (status in ('draft', 'in-force', 'superseded')),
    period_from                   date not null,
    period_to                     date not null,
    review_date                   date not null,
    eia_reviewer_name             varchar(200),
    eia_reviewer_role             varchar(200),
    eia_reviewed_on               date,
    full_assessment_title         varchar(300),
    full_assessment_completed_on  date,
    full_assessment_summary       varchar(4000),
    created_by_sub                varchar(100) not null,
    created_by_name               varchar(200),
    created_at                    timestamptz not null,
    updated_by_sub                varchar(100) not null,
    updated_by_name               varchar(200),
    updated_at                    timestamptz not null,
    approved_by_sub               varchar(100),
    approved_by_name              varchar(200),
    approved_at                   timestamptz,
    superseded_at                 timestamptz,
    check (period_to >= period_from),
    check (review_date between period_from and period_to),
    check (status = 'draft' or (approved_by_sub is not null and approved_at is not null)),
    check (status <> 'superseded' or superseded_at is not null)
);

-- Exactly one version is in force at a time: at most one row here, the service keeps it at one.
create unique index response_plan_one_in_force_idx on response_plan_version ((true)) where status = 'in-force';
create index response_plan_status_idx on response_plan_version (status, period_from);

-- National requirements and local priorities: issue or category -> planned response
create table response_plan_priority (
    plan_version_id  uuid not null references response_plan_version (id) on delete cascade,
    position         integer not null,
    source           varchar(20) not null check (source in ('national', 'local')),
    issue            varchar(300),
    category_code    varchar(50),
    response_type    varchar(40) not null check (response_type in ('psii', 'multi-incident-review', 'swarm-huddle',
                         'after-action-review', 'no-further-learning-response', 'referral')),
    rationale        varchar(2000),
    improvement_link varchar(500),
    primary key (plan_version_id, position),
    check (issue is not null or category_code is not null)
);

-- RAPID: the eleven groups, each positive / negative / no impact (null while the draft is unanswered)
create table response_plan_equality_impact (
    plan_version_id  uuid not null references response_plan_version (id) on delete cascade,
    position         integer not null,
    equality_group   varchar(40) not null,
    impact           varchar(20) check (impact in ('positive', 'negative', 'no-impact')),
    comments         varchar(2000),
    primary key (plan_version_id, position),
    unique (plan_version_id, equality_group)
);
