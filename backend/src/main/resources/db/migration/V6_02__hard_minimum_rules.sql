-- Issue 10, section 2: rules the policy states as minimums become hard rules.

-- The panel is chosen from the people directory; the chair approves signed in as themself. The name and job role
-- are kept as they were when the panel sat. Members recorded before this change were typed in: their rows keep
-- the typed name and role, with no person.
alter table panel_decision_member
    add column person_id uuid references person (id);

-- Policy §12.3-§12.4: death or severe harm warrants a PSII at minimum; a weaker response is recorded only when
-- another organisation leads the investigation (named here) or the event is referred to an external body.
alter table panel_decision
    add column lead_organisation varchar(200);

-- Policy §13: an extension is agreed with those affected, now chosen from the people affected recorded on the
-- response. The name and relationship are kept as they were; rows recorded before this change were typed in and
-- have no person affected.
alter table learning_response_extension_agreement
    add column person_affected_id uuid references person_affected (id);

-- A person's job role is optional in the directory.
alter table panel_decision_member
    alter column role drop not null;
