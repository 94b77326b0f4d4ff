-- The timeframe of a learning response (policy §12.3-§13: one to three months by type, never beyond six months;
-- extensions agreed with those affected; pauses, e.g. requested by the police, stop the clock).
-- target_completion_on counts active days only: the date shown is it plus the days spent paused.
alter table learning_response
    add column target_completion_on date,
    add column paused_since         date;

create table learning_response_extension (
    id                  uuid primary key,
    response_id         uuid not null references learning_response (id) on delete cascade,
    previous_target_on  date not null,
    new_target_on       date not null,
    reason              varchar(2000) not null,
    recorded_by_sub     varchar(100) not null,
    recorded_by_name    varchar(200),
    recorded_at         timestamptz not null,
    check (new_target_on > previous_target_on)
);
create index learning_response_extension_idx on learning_response_extension (response_id, recorded_at);

-- Who among those affected agreed to the extension (at least one per extension, checked by the application).
create table learning_response_extension_agreement (
    extension_id uuid not null references learning_response_extension (id) on delete cascade,
    position     integer not null,
    name         varchar(200) not null,
    relationship varchar(200) not null,
    primary key (extension_id, position)
);

create table learning_response_pause (
    response_id uuid not null references learning_response (id) on delete cascade,
    position    integer not null,
    started_on  date not null,
    reason      varchar(2000) not null,
    resumed_on  date,
    check (resumed_on is null or resumed_on >= started_on),
    primary key (response_id, position)
);
