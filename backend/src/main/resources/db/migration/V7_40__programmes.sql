-- Training programmes (restorative just and learning culture awareness, the challenging poor practice module, the QI
-- course, and any the trust adds) with their sessions, attendance and materials; communities of practice with their
-- members, meetings, reflective practice sessions and notes. People are named by their directory id; nothing here is
-- about patients or incidents.
create table programme (
    id               uuid primary key,
    version          bigint not null,
    -- set for the programmes the product knows (e.g. the module whose scenario cards it shows); null for the trust's own
    code             varchar(60) unique,
    title            varchar(200) not null unique,
    summary          varchar(2000) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    updated_by_sub   varchar(100) not null,
    updated_by_name  varchar(200)
);

create table programme_session (
    id               uuid primary key,
    version          bigint not null,
    programme_id     uuid not null references programme (id),
    held_on          date not null,
    starts_at        time not null,
    ends_at          time not null,
    venue            varchar(200),
    online           boolean not null,
    facilitator      varchar(200) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    updated_by_sub   varchar(100) not null,
    updated_by_name  varchar(200),
    check (ends_at > starts_at),
    check (online or venue is not null)
);
create index programme_session_programme_idx on programme_session (programme_id, held_on);
create index programme_session_held_on_idx on programme_session (held_on);

-- The register of a session: one row a person, replaced as a whole when the register is saved.
create table programme_attendance (
    session_id  uuid not null references programme_session (id),
    person_id   uuid not null references person (id),
    status      varchar(20) not null check (status in ('booked', 'attended', 'did-not-attend')),
    primary key (session_id, person_id)
);
create index programme_attendance_person_idx on programme_attendance (person_id);

-- A material is a link or a file kept here (at most 5 MB), never both.
create table programme_material (
    id              uuid primary key,
    programme_id    uuid not null references programme (id),
    title           varchar(200) not null,
    link_url        varchar(1000),
    file_name       varchar(200),
    content_type    varchar(100),
    size_bytes      bigint,
    file_content    bytea,
    added_by_sub    varchar(100) not null,
    added_by_name   varchar(200),
    added_at        timestamptz not null,
    check ((link_url is null) <> (file_name is null))
);
create index programme_material_programme_idx on programme_material (programme_id);

create table community_of_practice (
    id               uuid primary key,
    version          bigint not null,
    name             varchar(200) not null unique,
    purpose          varchar(2000) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    updated_by_sub   varchar(100) not null,
    updated_by_name  varchar(200)
);

create table cop_member (
    community_id  uuid not null references community_of_practice (id),
    person_id     uuid not null references person (id),
    primary key (community_id, person_id)
);
create index cop_member_person_idx on cop_member (person_id);

-- Meetings and reflective practice sessions are a log; members add notes to them afterwards.
create table cop_meeting (
    id                uuid primary key,
    community_id      uuid not null references community_of_practice (id),
    kind              varchar(30) not null check (kind in ('meeting', 'reflective-practice')),
    held_on           date not null,
    theme             varchar(200),
    facilitator       varchar(200),
    notes             varchar(4000),
    recorded_by_sub   varchar(100) not null,
    recorded_by_name  varchar(200),
    recorded_at       timestamptz not null,
    check (kind = 'meeting' or (theme is not null and facilitator is not null))
);
create index cop_meeting_community_idx on cop_meeting (community_id, held_on);

create table cop_meeting_note (
    id             uuid primary key,
    meeting_id     uuid not null references cop_meeting (id),
    text           varchar(4000) not null,
    added_by_sub   varchar(100) not null,
    added_by_name  varchar(200),
    added_at       timestamptz not null
);
create index cop_meeting_note_meeting_idx on cop_meeting_note (meeting_id, added_at);

-- The three programmes of the sources (002_* restorative just and learning culture; 001_* challenging poor practice;
-- the QI course of 000_*/004_*); the trust adds others through the API.
insert into programme (id, version, code, title, summary, created_at, updated_at, updated_by_sub, updated_by_name)
values
 ('7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0001', 0, 'restorative-just-culture',
  'Restorative just and learning culture awareness',
  'Awareness training for managers and staff: moving from a blame and retributive culture to an inclusive, learning and '
  || 'restorative one. Its four goals: moral engagement, emotional healing, practitioner reintegration and '
  || 'organisational learning.', now(), now(), 'system', 'PSIRF Platform'),
 ('7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0002', 0, 'challenging-poor-practice',
  'Challenging poor practice',
  'A training module that prepares staff to take action when they see or hear poor practice: tackling it there and '
  || 'then, or reporting it to a manager when that is not appropriate at the time. The scenario cards let staff '
  || 'practise making challenges in a safe setting; reflective practice sessions after reading the pack work best.',
  now(), now(), 'system', 'PSIRF Platform'),
 ('7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0003', 0, 'qi-course',
  'Quality improvement course',
  'Practitioner level in quality improvement: four training days over four months, with at least five hours of '
  || 'individual coaching, a poster and a presentation.', now(), now(), 'system', 'PSIRF Platform');
