-- Which group oversees a learning response or an improvement plan is oversight's own record (issue 11: no feature
-- writes another feature's tables). It moves from a column on each of those tables to oversight's tables; a
-- response or a plan is still overseen by at most one group (the primary key).
create table oversight_group_response (
    response_id  uuid primary key references learning_response (id),
    group_id     uuid not null references oversight_group (id)
);
create index oversight_group_response_group_idx on oversight_group_response (group_id);

create table oversight_group_plan (
    plan_id   uuid primary key references improvement_plan (id),
    group_id  uuid not null references oversight_group (id)
);
create index oversight_group_plan_group_idx on oversight_group_plan (group_id);

insert into oversight_group_response (response_id, group_id)
    select id, oversight_group_id from learning_response where oversight_group_id is not null;
insert into oversight_group_plan (plan_id, group_id)
    select id, oversight_group_id from improvement_plan where oversight_group_id is not null;

alter table learning_response drop column oversight_group_id;
alter table improvement_plan drop column oversight_group_id;
