-- The register of QI coaches (000_*, 004_*): staff coaches and coaches with lived experience. A coach is a person of
-- the directory (a coach with lived experience may hold no staff role, but is in the directory so that their sign-in
-- is matched to their entry). The directorate is the one they coach in; their clinical director signs off their
-- recruitment. Nothing here is about patients or incidents.
create table qi_coach (
    id              uuid primary key,
    version         bigint not null,
    person_id       uuid not null unique references person (id),
    kind            varchar(20) not null check (kind in ('staff', 'lived-experience')),
    directorate_id  bigint references directorate (id),
    started_on      date not null,
    ended_on        date,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    updated_by_sub  varchar(100) not null,
    updated_by_name varchar(200),
    check (ended_on is null or ended_on >= started_on)
);
