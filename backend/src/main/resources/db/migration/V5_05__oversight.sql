-- The summary for oversight the patient safety team writes when it assigns a learning response to an oversight
-- group. It may name people: it is redacted before a patient safety partner reads it.
create table oversight_response_summary (
    response_id      uuid primary key references learning_response (id),
    summary          varchar(4000),
    written_by_sub   varchar(100) not null,
    written_by_name  varchar(200),
    written_at       timestamptz not null
);
