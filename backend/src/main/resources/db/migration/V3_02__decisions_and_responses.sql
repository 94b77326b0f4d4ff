-- Panel decisions on the response to an event or a case (policy §12.3) and the learning responses they create,
-- with the Chief Nurse's verification of a PSII (§3.2) and the notifications made outside the trust (§12.4).
create table panel_decision (
    id                           uuid primary key,
    version                      bigint not null,
    status                       varchar(30) not null check (status in ('awaiting-chair-approval', 'approved')),
    case_id                      uuid references triage_case (id),
    report_reviewed              boolean not null,
    response_type                varchar(40) not null check (response_type in ('psii', 'multi-incident-review',
                                     'swarm-huddle', 'after-action-review', 'no-further-learning-response', 'referral')),
    referral_to                  varchar(30) check (referral_to in ('safeguarding', 'hr', 'police', 'coroner',
                                     'other-organisation')),
    referral_detail              varchar(1000),
    rationale                    varchar(4000) not null,
    departure_rationale          varchar(4000),
    minutes                      varchar(10000) not null,
    -- The proposal as it stood when the decision was recorded
    proposal_reason              varchar(30) not null check (proposal_reason in ('death-or-severe-harm', 'plan',
                                     'no-plan-priority', 'no-plan-in-force')),
    proposal_response_type       varchar(40),
    proposal_explanation         varchar(500) not null,
    proposal_plan_version_id     uuid references response_plan_version (id),
    proposal_plan_version_number integer,
    proposal_planned_source      varchar(20),
    proposal_planned_issue       varchar(300),
    proposal_planned_category    varchar(50),
    proposal_planned_response    varchar(40),
    proposal_planned_rationale   varchar(2000),
    proposal_planned_improvement varchar(500),
    departs_from_proposal        boolean not null,
    recorded_by_sub              varchar(100) not null,
    recorded_by_name             varchar(200),
    recorded_at                  timestamptz not null,
    updated_by_sub               varchar(100) not null,
    updated_by_name              varchar(200),
    updated_at                   timestamptz not null,
    approved_by_sub              varchar(100),
    approved_by_name             varchar(200),
    approved_at                  timestamptz,
    approval_comment             varchar(2000),
    check ((response_type = 'referral') = (referral_to is not null)),
    check (status <> 'approved' or (approved_by_sub is not null and approved_at is not null)),
    -- Four eyes: the chair's approval is never given by the person who recorded the decision
    check (approved_by_sub is null or approved_by_sub <> recorded_by_sub)
);
create index panel_decision_recorded_idx on panel_decision (recorded_at desc, id desc);
create index panel_decision_case_idx on panel_decision (case_id) where case_id is not null;

-- The event decided, or every event of the case
create table panel_decision_event (
    decision_id uuid not null references panel_decision (id) on delete cascade,
    position    integer not null,
    event_id    uuid not null references patient_safety_event (id),
    primary key (decision_id, position)
);
create index panel_decision_event_event_idx on panel_decision_event (event_id);

create table panel_decision_member (
    decision_id uuid not null references panel_decision (id) on delete cascade,
    position    integer not null,
    name        varchar(200) not null,
    role        varchar(200) not null,
    chair       boolean not null,
    primary key (decision_id, position)
);
-- Exactly one chair: at most one here, the service requires one
create unique index panel_decision_one_chair_idx on panel_decision_member (decision_id) where chair;

create table panel_decision_document (
    decision_id uuid not null references panel_decision (id) on delete cascade,
    position    integer not null,
    document_id uuid not null references event_document (id),
    primary key (decision_id, position),
    unique (decision_id, document_id)
);

create sequence response_reference_seq start with 1 increment by 1;

create table learning_response (
    id                        uuid primary key,
    reference                 varchar(20) not null unique,
    version                   bigint not null,
    response_type             varchar(40) not null check (response_type in ('psii', 'multi-incident-review',
                                  'swarm-huddle', 'after-action-review')),
    status                    varchar(30) not null check (status in ('awaiting-verification', 'in-progress')),
    decision_id               uuid not null unique references panel_decision (id),
    case_id                   uuid references triage_case (id),
    created_at                timestamptz not null,
    started_at                timestamptz,
    verified_by_sub           varchar(100),
    verified_by_name          varchar(200),
    verified_at               timestamptz,
    verification_comment      varchar(2000),
    -- Notifications outside the trust and the initial report at day 3 (policy §12.4)
    lfpse_reference           varchar(50),
    icb_notified_on           date,
    commissioner_notified_on  date,
    nhs_england_notified_on   date,
    cqc_notified_on           date,
    lead_organisation         varchar(200),
    initial_report_due_on     date not null,
    initial_report_sent_on    date,
    updated_by_sub            varchar(100) not null,
    updated_by_name           varchar(200),
    updated_at                timestamptz not null,
    check (status <> 'in-progress' or started_at is not null),
    -- A PSII starts only once verified; only a PSII is verified
    check (response_type <> 'psii' or (status = 'in-progress') = (verified_at is not null)),
    check (response_type = 'psii' or verified_at is null)
);
create index learning_response_created_idx on learning_response (created_at desc, id desc);
create index learning_response_status_idx on learning_response (status, created_at desc);

create table learning_response_event (
    response_id uuid not null references learning_response (id) on delete cascade,
    position    integer not null,
    event_id    uuid not null references patient_safety_event (id),
    primary key (response_id, position)
);

create table learning_response_organisation (
    response_id uuid not null references learning_response (id) on delete cascade,
    position    integer not null,
    name        varchar(200) not null,
    notified_on date,
    primary key (response_id, position)
);
