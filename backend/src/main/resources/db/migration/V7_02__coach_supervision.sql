-- Supervision of QI coaches (000_* Appendix 2: "Attend supervision sessions with the local Improvement Advisor"). The advisor is a
-- person of the directory; the notes are for the coach and the advisor who held the session only. Sessions are a
-- log: recorded, never edited. Nothing here is about patients or incidents.
create table qi_coach_supervision_session (
    id                  uuid primary key,
    coach_id            uuid not null references qi_coach (id),
    held_on             date not null,
    advisor_person_id   uuid not null references person (id),
    notes               varchar(2000),
    next_session_on     date,
    recorded_by_sub     varchar(100) not null,
    recorded_by_name    varchar(200),
    recorded_at         timestamptz not null,
    check (next_session_on is null or next_session_on > held_on)
);
create index qi_coach_supervision_session_coach_idx on qi_coach_supervision_session (coach_id, held_on);
