-- Ids of the rows written with a report or an action (staff involved, status history, audit) come from their
-- sequences 50 at a time (Hibernate's pooled optimizer, allocationSize = 50), so that these rows are inserted in
-- JDBC batches at flush instead of one round trip each, as IDENTITY forced. The column defaults stay, so a row
-- inserted by hand still gets an id (it then uses up a block of 50, which is harmless: the blocks never overlap).
alter sequence event_staff_involved_id_seq increment by 50;
alter sequence event_status_change_id_seq increment by 50;
alter sequence audit_entry_id_seq increment by 50;
