-- The trust's structure and the categories a report is filed under; kept by patient safety specialists.
create table directorate (
    id          bigint primary key,
    name        varchar(100) not null unique
);

create table care_service (
    id             bigint primary key,
    directorate_id bigint not null references directorate (id),
    name           varchar(100) not null,
    unique (directorate_id, name)
);

create table location (
    id         bigint primary key,
    code       varchar(50) not null unique,
    name       varchar(200) not null,
    service_id bigint not null references care_service (id),
    active     boolean not null default true
);

-- lfpse_system/lfpse_code: the national LFPSE v5 code this category maps to, where one fits
create table event_category (
    id           bigint primary key,
    code         varchar(50) not null unique,
    display      varchar(100) not null,
    hint         varchar(300),
    lfpse_system varchar(50),
    lfpse_code   varchar(10),
    sort_order   integer not null,
    active       boolean not null default true,
    check ((lfpse_system is null) = (lfpse_code is null))
);
