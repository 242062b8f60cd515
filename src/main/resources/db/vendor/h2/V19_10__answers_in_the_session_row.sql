-- Issue 15: autosave in two statements. A session's answers and its notes move from a row per field
-- (session_answer, session_note) to one JSON document each on the session's own row, {"FIELD":"text"},
-- so that saving an answer is the one update that also moves the session's version, its last change
-- and its list columns (plus the change's history row). The JSON is H2's own (JSON_OBJECTAGG escapes
-- every value); the application reads any key order. PostgreSQL has its own V19_10.
alter table discovery_session add column answers varchar default '{}' not null;
alter table discovery_session add column notes varchar default '{}' not null;

update discovery_session s set answers = (
    select cast(json_objectagg(key a.field value a.answer) as varchar) from session_answer a where a.session_id = s.id)
    where exists (select 1 from session_answer a where a.session_id = s.id);
update discovery_session s set notes = (
    select cast(json_objectagg(key n.question value n.note) as varchar) from session_note n where n.session_id = s.id)
    where exists (select 1 from session_note n where n.session_id = s.id);

drop table session_answer;
drop table session_note;
