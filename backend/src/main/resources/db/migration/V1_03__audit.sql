create table audit_entry (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          varchar(100) not null,
    actor_name     varchar(200),
    action         varchar(20) not null check (action in ('create', 'update', 'read', 'list', 'export', 'denied', 'unauthenticated')),
    entity_type    varchar(50) not null,
    entity_id      varchar(100),
    detail         varchar(1000),
    client_address varchar(100)
);
create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor, at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, at desc);

-- Append-only: the trail must be trustworthy, so even the application's own account cannot rewrite it
create function audit_entry_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
