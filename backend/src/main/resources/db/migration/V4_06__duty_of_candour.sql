-- Duty of Candour (policy §6): whether an event is notifiable, and the verbal notification and apology, the written
-- notification (within 10 working days of the verbal one) and the findings shared, each with the reason when it
-- could not be done. Working days skip weekends and the England and Wales bank holidays kept below as data.
create table bank_holiday (
    holiday_date date primary key,
    title        varchar(200) not null
);

-- England and Wales, as published on gov.uk (https://www.gov.uk/bank-holidays.json); a patient safety specialist
-- uploads later years, which replace the years they contain.
insert into bank_holiday (holiday_date, title) values
    ('2024-01-01', 'New Year''s Day'), ('2024-03-29', 'Good Friday'), ('2024-04-01', 'Easter Monday'),
    ('2024-05-06', 'Early May bank holiday'), ('2024-05-27', 'Spring bank holiday'),
    ('2024-08-26', 'Summer bank holiday'), ('2024-12-25', 'Christmas Day'), ('2024-12-26', 'Boxing Day'),
    ('2025-01-01', 'New Year''s Day'), ('2025-04-18', 'Good Friday'), ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May bank holiday'), ('2025-05-26', 'Spring bank holiday'),
    ('2025-08-25', 'Summer bank holiday'), ('2025-12-25', 'Christmas Day'), ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year''s Day'), ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'), ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'), ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'), ('2027-03-26', 'Good Friday'), ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'), ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'), ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)'),
    ('2028-01-03', 'New Year''s Day (substitute day)'), ('2028-04-14', 'Good Friday'),
    ('2028-04-17', 'Easter Monday'), ('2028-05-01', 'Early May bank holiday'),
    ('2028-05-29', 'Spring bank holiday'), ('2028-08-28', 'Summer bank holiday'), ('2028-12-25', 'Christmas Day'),
    ('2028-12-26', 'Boxing Day');

create table candour_record (
    event_id                       uuid primary key references patient_safety_event (id),
    version                        bigint not null,
    -- The patient safety specialist's confirmation of what the harm proposes; null until decided
    notifiable                     boolean,
    -- LFPSE psychological harm levels do not say "prolonged"; the specialist records it
    prolonged_psychological_harm   boolean not null default false,
    decision_reason                varchar(2000),
    decided_by_sub                 varchar(100),
    decided_by_name                varchar(200),
    decided_at                     timestamptz,
    verbal_notified_on             date,
    verbal_notified_by             varchar(200),
    verbal_notified_to             varchar(200),
    verbal_not_done_reason         varchar(2000),
    written_sent_on                date,
    written_not_done_reason        varchar(2000),
    findings_shared_on             date,
    findings_not_done_reason       varchar(2000),
    updated_by_sub                 varchar(100) not null,
    updated_by_name                varchar(200),
    updated_at                     timestamptz not null,
    check ((notifiable is null) = (decided_at is null)),
    check (written_sent_on is null or verbal_notified_on is null or written_sent_on >= verbal_notified_on)
);
